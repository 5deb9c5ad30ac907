"""Lists the functions of the amend binary that callgrind profiles saw run, in the order they first
ran (the profiles taken in the order given): the symbol ordering file bench/layout.sh writes.

    python3 bench/hot_functions.py BINARY callgrind.out.1 callgrind.out.2 ... > bench/hot-functions.txt

Callgrind must have been run with --demangle=no, so that the names are the linker's.
"""
import os
import re
import sys

binary = os.path.realpath(sys.argv[1])
order, seen = [], set()
for path in sys.argv[2:]:
    objects, functions, current = {}, {}, None
    with open(path, errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"^(c?ob)=\((\d+)\)(?: (.*))?$", line)
            if m:
                kind, ident, name = m.groups()
                if name:
                    objects[ident] = os.path.realpath(name)
                if kind == "ob":
                    current = objects.get(ident)
                continue
            # names are numbered once, where first seen: a function's cost block (fn=) or a call
            # to it (cfn=); callgrind marks recursion levels with 'N, which no symbol has
            m = re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line)
            if m:
                kind, ident, name = m.groups()
                if name:
                    functions[ident] = re.sub(r"'\d+$", "", name)
                if kind == "cfn":
                    continue
                name = functions.get(ident)
                if current == binary and name and name not in seen and not name.startswith("0x"):
                    seen.add(name)
                    order.append(name)
print("\n".join(order))
