"""Work for test_backup_safety to kill -9 at random moments: run as its own process.

    python kill_target.py writer DB    commits one claim at a time, printing each id
    python kill_target.py serve        forks one process per request, as told on stdin

The writer prints a claim's id only after its commit returned: every id printed must survive
a kill. ``serve`` has imported Claimdesk once; for each request (a JSON line
``{"argv": [...], "log": PATH}``: the arguments of ``claimdesk``) it forks a child that runs
the command with its output in PATH, says "start", and then, told "kill" or "wait" on stdin,
SIGKILLs the child if it still runs (it is not reaped before, so its pid cannot have been
reused) or waits for it, and answers {"killed": bool, "code": exit code}. Forking spares each
run Python's start-up, so that the kills fall in the work and the test stays short.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback

from sqlalchemy.orm import configure_mappers

from claimdesk.cli import main
from claimdesk.core import backup, migrate, restore  # noqa: F401
from claimdesk.core.exchange import csv_import  # noqa: F401
from claimdesk.core.inputs import ClaimInput
from claimdesk.core.project import Project


def _writer(database: str) -> None:
    with Project.open(database, actor="writer", create=False) as project:
        print("start", flush=True)
        number = 0
        while True:
            number += 1
            claim = project.claims.create(ClaimInput(statement=f"Writer claim {number}."))
            print(claim.id, flush=True)


def _child(request: dict[str, object]) -> None:
    log = os.open(str(request["log"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(log, 1)
    os.dup2(log, 2)
    code = 99
    try:
        code = main([str(argument) for argument in request["argv"]])  # type: ignore[attr-defined]
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _serve() -> None:
    while line := sys.stdin.readline():
        request = json.loads(line)
        child = os.fork()
        if child == 0:
            _child(request)
        print("start", flush=True)
        order = sys.stdin.readline().strip()
        killed = False
        if order == "kill":
            done, status = os.waitpid(child, os.WNOHANG)
            if done == 0:
                os.kill(child, signal.SIGKILL)
                killed = True
                status = os.waitpid(child, 0)[1]
        else:
            status = os.waitpid(child, 0)[1]
        code = os.waitstatus_to_exitcode(status)
        print(json.dumps({"killed": killed, "code": code}), flush=True)


if __name__ == "__main__":
    configure_mappers()
    migrate.head_revision()
    if sys.argv[1] == "writer":
        _writer(sys.argv[2])
    else:
        _serve()
