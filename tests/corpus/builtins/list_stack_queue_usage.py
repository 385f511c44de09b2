stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
    print(f"{token:>2} -> {stack}")
print("result:", stack.pop(), "empty:", stack == [])
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, "front")
print(queue, queue[0], queue[-1])
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]])
history = []
for action in ["open", "edit", "save", "undo", "undo", "edit"]:
    if action == "undo":
        print("undo", history.pop() if history else None)
    else:
        history.append(action)
print(history, len(history))
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop(0)
except IndexError as e:
    print(type(e).__name__, e)
