queue = ["job1", "job2", "job3", "job2"]

def finish(job):
    queue.remove(job)
    print(f"finished {job}: queue is now {queue}")

finish("job2")
finish("job2")
print(queue.count("job1"), queue.index("job3"), "job9" in queue)
queue.insert(0, "urgent")
queue.append("late")
print(queue, queue.pop(0), queue.pop())
try:
    queue.pop(10)
except IndexError as e:
    print("caught:", e)
finish("job1")
print(sorted(queue), queue[::-1], len(queue))
queue.extend(["job7b", "job8"])
print(queue)
finish("job7")
