class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __repr__(self):
        return f"Node({self.value})"

def build(values):
    head = None
    for v in reversed(values):
        head = Node(v, head)
    return head

def third_value(head):
    return head.next.next.value

lst = build([1, 2, 3, 4])
print(lst, lst.next, third_value(lst))
short = build([7, 8])
print(short, short.next, short.next.next)
print(third_value(short))
