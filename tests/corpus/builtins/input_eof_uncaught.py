def read_header():
    header = input("header> ")
    fields = header.split(",")
    print("fields:", fields, len(fields))
    return fields

def read_values():
    total = 0
    count = 0
    while True:
        line = input()
        if not line:
            print("blank line skipped")
            continue
        value = int(line)
        total += value
        count += 1
        print(f"read {value}, running total {total}, mean {total / count:.2f}")

fields = read_header()
print("expecting values for", fields[0])
read_values()
