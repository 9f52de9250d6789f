#!/usr/bin/env python3
"""Turns the statements one request made, as PostgreSQL logged them (log_statement = all), into a pgbench script
that replays them in the same order with the same bound values: one pgbench transaction is one request.

    bench/capture.py <postgresql log> <from byte> <to byte> <user@database> > request.sql

Only lines of that user and database between the two offsets are read. Each logged statement ("statement: ..." for
the simple protocol, "execute <name>: ..." for the extended one, whose "DETAIL:  parameters: $1 = '...'" line gives
the bound values) becomes one command with the values written in as literals.
"""
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] (\S*) (LOG|DETAIL|ERROR|STATEMENT|WARNING):  (.*)$")
STATEMENT = re.compile(r"^(?:statement|execute [^:]+): (.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')", re.S)
# Sent by the driver when it opens a connection or checks one, not part of a request.
NOT_A_REQUEST = re.compile(r"^\s*(SET (extra_float_digits|application_name|SESSION CHARACTERISTICS)|SHOW |$)", re.I)


def entries(path, start, end, who):
    with open(path, "rb") as log:
        log.seek(start)
        text = log.read(end - start).decode("utf-8", "replace")
    current = None
    for line in text.splitlines():
        match = ENTRY.match(line)
        if match:
            if current:
                yield current
            current = [match.group(1), match.group(2), match.group(3)] if match.group(1) == who else None
        elif current and line.startswith("\t"):
            current[2] += "\n" + line[1:]
    if current:
        yield current


def main():
    path, start, end, who = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    statements = []
    for _, kind, message in entries(path, start, end, who):
        if kind == "LOG":
            match = STATEMENT.match(message)
            if match and not NOT_A_REQUEST.match(match.group(1)):
                statements.append([match.group(1), {}])
        elif kind == "DETAIL" and message.startswith("parameters: ") and statements:
            statements[-1][1] = {int(n): value for n, value in PARAMETER.findall(message)}
        elif kind == "ERROR":
            sys.exit(f"the captured request had a database error: {message}")
    if not statements:
        sys.exit("no statements were logged for " + who)
    for sql, parameters in statements:
        # $12 before $1, so a longer placeholder is never cut short.
        for n in sorted(parameters, reverse=True):
            sql = re.sub(r"\$" + str(n) + r"(?!\d)", lambda _: parameters[n], sql)
        print(sql.strip().rstrip(";") + ";")


if __name__ == "__main__":
    main()
