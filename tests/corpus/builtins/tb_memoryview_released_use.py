data = bytearray(b"abcdef")
view = memoryview(data)
print(view.tobytes(), view[1], view[1:3].tobytes(), len(view), view.readonly)
view[0] = ord("A")
print(data, bytes(view[::2]), view.tolist()[:2])
with memoryview(b"scoped") as scoped:
    print(scoped.tobytes(), scoped.nbytes)
try:
    scoped.tobytes()
except ValueError as e:
    print("caught:", e)
half = view[:3]
print(half.tobytes(), half.obj is data)
half.release()
view.release()
data = bytearray(data) + b"gh"
print(data)
fresh = memoryview(data)
print(fresh.tobytes(), fresh.nbytes)
fresh.release()
print(fresh.tobytes())
