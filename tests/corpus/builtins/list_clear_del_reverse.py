lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
lst.clear()
print(lst, len(lst), bool(lst))
lst = list("abcdef")
lst.reverse()
print(lst, lst.reverse(), lst)
print(list(reversed(lst)), lst[::-1] == list(reversed(lst)))
alias = lst
lst.clear()
print(alias)
lst = [1, 2, 3]
lst = []
print(lst)
nums = [5, 3, 8, 1]
nums[:] = []
print(nums)
nums = [1, 2, 3, 4, 5]
del nums[1:4:2]
print(nums)
try:
    del nums[10]
except IndexError as e:
    print(type(e).__name__, e)
del nums[10:20]
print(nums)
try:
    del nums["a"]
except TypeError as e:
    print(type(e).__name__, e)
big = list(range(1000))
del big[::3]
print(len(big), big[:5], big[-3:])
big.reverse()
print(big[:3])
empty = []
empty.reverse()
print(empty, [1].copy(), [].copy())
