"""Executes one notebook with nbclient (the engine of `jupyter nbconvert --execute`) and stops at the first cell
whose execute reply has status "error". The Kotlin kernel reports a failing cell only there and on stderr, never as
an "error" output, so the executed notebook alone cannot tell a failure from a warning.

Usage: python3 run_notebook.py NOTEBOOK OUTPUT STATUS KERNEL_NAME TIMEOUT_S
Writes the executed notebook (up to the failing cell) to OUTPUT and {"cell", "ename", "evalue"} of the failing cell
(0-based among all cells; {} when none failed) to STATUS.
"""
import json
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

src, out, status, kernel, timeout = sys.argv[1:6]
nb = nbformat.read(src, as_version=4)
failure = {}


def on_error(cell, cell_index, execute_reply):
    if not failure:
        content = execute_reply["content"]
        failure.update(cell=cell_index, ename=content.get("ename", ""), evalue=content.get("evalue", ""))


client = NotebookClient(nb, kernel_name=kernel, timeout=int(timeout), allow_errors=False, on_cell_error=on_error,
                        resources={"metadata": {"path": os.path.dirname(os.path.abspath(src))}})
try:
    client.execute()
except CellExecutionError:
    pass  # recorded by on_error
nbformat.write(nb, out)
with open(status, "w") as f:
    json.dump(failure, f)
