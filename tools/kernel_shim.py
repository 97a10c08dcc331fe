"""A Jupyter kernel in front of the Deno kernel that gives every client every output in its cell.

The kernelspec `deno` (written by tools/setup.sh) launches this program with the client's connection file:

    python tools/kernel_shim.py --deno /path/to/deno CONNECTION_FILE

It binds the client's five channels, starts the real `deno jupyter --kernel --conn <own file>` on ports of its
own, and forwards every message both ways (shell, control, stdin, iopub, heartbeat), re-signing each with the
key of the side it goes to (jupyter_client's Session does the wire format and the HMAC). What it adds:

- Order. The Deno kernel publishes some output after its `idle` and tags output still in flight with whichever
  request it read last. The shim hands Deno one shell request at a time, in the order received; right behind an
  execute request it sends a marker request (`console.log(<token>)`). Deno publishes in order, so when the
  token arrives everything the cell produced has arrived. Every output is sent to the client with the parent
  header of the request that produced it, and the client's `idle` only after the token. Marker messages never
  reach the client; execution counts are the shim's own, consecutive.
- Errors. A failed execute_reply with no `error` message on iopub (Deno's syntax errors) gets one.
- Stop on error. After a failed request, queued execute requests are answered `aborted` without running,
  as ipykernel does, except those sent with `stop_on_error: false`.
- Interrupt and shutdown. An interrupt (message or SIGINT) goes to Deno as an interrupt_request, and the queued
  requests are aborted; if the cell is still running a few seconds later, the client is told so under that cell.
  Deno runs in a session of its own (a client's SIGINT to the kernel's process group would kill it) and dies
  with the shim (PR_SET_PDEATHSIG); the shim exits when its parent does, after a shutdown, or when Deno exits.
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from typing import Any

import zmq
from jupyter_client.connect import write_connection_file
from jupyter_client.session import Session

PR_SET_PDEATHSIG = 1
INTERRUPT_GRACE = 3.0  # seconds a cell may take to stop after an interrupt before the client is told it did not
MARKER_GRACE = 5.0  # seconds to wait for the marker's output after its reply (only if the marker itself failed)
SHUTDOWN_GRACE = 3.0  # seconds Deno gets to exit after a shutdown request before it is killed
NOT_INTERRUPTED = (
    "\n[kernel] The Deno kernel did not stop this cell after the interrupt. To stop it, restart the kernel "
    "(JupyterLab: Kernel > Restart Kernel; VS Code: Restart). Cells queued behind it were not run.\n"
)
INTERRUPTED = "the cell was interrupted; cells queued behind it were not run"
ABORT_WINDOW = 0.5  # seconds after a failed cell during which late-arriving queued cells are aborted
SYNTAX_HINT = (
    "Execution failed: the Deno kernel could not run this cell and gave no detail; most often the code does not "
    "parse (check brackets, braces, quotes and commas)"
)
OUTPUTS = {"stream", "display_data", "update_display_data", "execute_result", "error", "clear_output"}


def die_with_parent(sig: int) -> None:
    """Linux: have the kernel send `sig` to this process when its parent exits (no-op elsewhere)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0)
    except (OSError, AttributeError):
        pass


class Execution:
    """One client execute request on its way through Deno."""

    def __init__(self, idents: list[bytes], msg: dict[str, Any], count: int) -> None:
        self.idents = idents
        self.msg = msg
        self.header = msg["header"]
        self.msg_id = msg["header"]["msg_id"]
        self.count = count  # the execution count the client sees
        self.reply: dict[str, Any] | None = None
        self.saw_error = False
        self.marker_id: str | None = None
        self.token = f"kernel-shim-marker-{uuid.uuid4().hex}"
        self.token_seen = False
        self.marker_reply_at: float | None = None
        self.interrupted_at: float | None = None
        self.told_not_interrupted = False


class Shim:
    def __init__(self, connection_file: str, deno: str, deno_args: list[str]) -> None:
        with open(connection_file, encoding="utf-8") as f:
            info = json.load(f)
        self.ctx = zmq.Context()
        self.client = Session(
            key=info.get("key", "").encode(), signature_scheme=info.get("signature_scheme", "hmac-sha256")
        )
        self.kernel = Session(key=uuid.uuid4().hex.encode(), signature_scheme="hmac-sha256")
        transport, ip = info.get("transport", "tcp"), info["ip"]

        def bind(kind: int, port_name: str) -> zmq.Socket:
            sock = self.ctx.socket(kind)
            sock.linger = 1000
            port = info[port_name]
            sock.bind(f"{transport}://{ip}:{port}" if transport == "tcp" else f"{transport}://{ip}-{port}")
            return sock

        self.c_shell = bind(zmq.ROUTER, "shell_port")
        self.c_control = bind(zmq.ROUTER, "control_port")
        self.c_stdin = bind(zmq.ROUTER, "stdin_port")
        self.c_iopub = bind(zmq.PUB, "iopub_port")
        self.c_hb = bind(zmq.ROUTER, "hb_port")
        threading.Thread(target=self._heartbeat, daemon=True).start()

        # Deno's side: its own connection file, ports and key.
        self.tmpdir = tempfile.mkdtemp(prefix="deno-kernel-shim-")
        self.deno_conn = os.path.join(self.tmpdir, "deno-kernel.json")
        self.deno_command = [deno, *deno_args, "--conn", self.deno_conn]
        self.deno_starts_left = 3
        self.start_deno()

        self.queue: collections.deque[tuple[list[bytes], dict[str, Any]]] = collections.deque()
        self.current: Execution | None = None  # the execute request Deno is running (or its marker)
        # After a failed cell, requests that were sent with it but arrive a moment after its reply (Run All sends
        # every cell at once) are aborted too, until another cell runs: ipykernel's stop_on_error_timeout, in effect.
        self.abort_until = 0.0
        self.other: tuple[list[bytes], str] | None = None  # a non-execute shell request Deno is answering
        self.by_request: dict[str, Execution] = {}  # Deno-side request id (client's or marker's) -> Execution
        self.recent: collections.deque[str] = collections.deque()
        self.control_waiting: dict[str, list[bytes]] = {}
        self.stdin_owner: list[bytes] | None = None
        self.count = 0
        self.parent_pid = os.getppid()
        self.interrupt_signal = False
        self.shutting_down: float | None = None
        self.exit_code = 0

    # -- plumbing ---------------------------------------------------------------------------------------------

    def start_deno(self) -> None:
        """Starts Deno on ports of its own, freshly picked, and connects to them."""
        self.deno_starts_left -= 1
        ports_info = write_connection_file(
            self.deno_conn, ip="127.0.0.1", key=self.kernel.key, transport="tcp", kernel_name="deno"
        )[1]
        env = dict(os.environ)
        env.pop("JPY_PARENT_PID", None)
        self.deno = subprocess.Popen(
            self.deno_command,
            env=env,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # a SIGINT sent to the shim's process group must not reach Deno
            preexec_fn=lambda: die_with_parent(signal.SIGKILL),
        )

        def connect(kind: int, port_name: str, identity: bytes | None = None) -> zmq.Socket:
            sock = self.ctx.socket(kind)
            sock.linger = 0
            if identity is not None:
                sock.setsockopt(zmq.IDENTITY, identity)
            sock.connect(f"tcp://127.0.0.1:{ports_info[port_name]}")
            return sock

        ident = f"shim-{uuid.uuid4().hex}".encode()
        self.d_shell = connect(zmq.DEALER, "shell_port", ident)
        self.d_stdin = connect(zmq.DEALER, "stdin_port", ident)  # input_request is routed to the shell's identity
        self.d_control = connect(zmq.DEALER, "control_port")
        self.d_iopub = connect(zmq.SUB, "iopub_port")
        self.d_iopub.setsockopt(zmq.SUBSCRIBE, b"")

    def _heartbeat(self) -> None:
        try:
            zmq.proxy(self.c_hb, self.c_hb)
        except zmq.ZMQError:
            pass

    def recv(self, sock: zmq.Socket, session: Session) -> tuple[list[bytes], dict[str, Any]] | None:
        frames = sock.recv_multipart()
        try:
            idents, rest = session.feed_identities(frames)
            return idents, session.deserialize(rest)
        except Exception as error:  # noqa: BLE001 - a bad signature or frame: dropped, as a kernel does
            print(f"kernel_shim: dropped an invalid message: {error}", file=sys.stderr, flush=True)
            return None

    def publish(self, msg_type: str, content: dict[str, Any], parent: dict[str, Any]) -> None:
        self.client.send(self.c_iopub, msg_type, content, parent=parent, ident=[f"kernel.{msg_type}".encode()])

    def to_client_iopub(self, idents: list[bytes], msg: dict[str, Any]) -> None:
        self.client.send(self.c_iopub, msg, ident=idents)

    # -- the shell queue --------------------------------------------------------------------------------------

    def pump(self) -> None:
        while self.current is None and self.other is None and self.queue and self.shutting_down is None:
            idents, msg = self.queue.popleft()
            if msg["header"]["msg_type"] == "execute_request":
                content = msg["content"]
                if content.get("stop_on_error", True) is not False and time.monotonic() < self.abort_until:
                    self.abort_one(idents, msg)
                    continue
                self.abort_until = 0.0
                if content.get("store_history", True) and not content.get("silent", False):
                    self.count += 1
                ex = Execution(idents, msg, max(self.count, 1))
                self.current = ex
                self.remember(ex.msg_id, ex)
                self.kernel.send(self.d_shell, msg)
                # The marker goes right behind it: Deno runs requests one after the other, so the marker still
                # runs after the cell, and output Deno tags with the marker is the cell's (routed to it below).
                self.send_marker(ex)
            else:
                self.other = (idents, msg["header"]["msg_id"])
                self.kernel.send(self.d_shell, msg)

    def remember(self, request_id: str, ex: Execution) -> None:
        self.by_request[request_id] = ex
        self.recent.append(request_id)
        while len(self.recent) > 2000:
            self.by_request.pop(self.recent.popleft(), None)

    def send_marker(self, ex: Execution) -> None:
        marker = self.kernel.msg(
            "execute_request",
            {
                "code": f'console.log("{ex.token}")',
                "silent": False,
                "store_history": False,
                "user_expressions": {},
                "allow_stdin": False,
                "stop_on_error": False,
            },
        )
        ex.marker_id = marker["header"]["msg_id"]
        self.remember(ex.marker_id, ex)
        self.kernel.send(self.d_shell, marker)

    def finish(self, ex: Execution) -> None:
        """Everything `ex` produced has reached the client: send its reply and its idle, then the next request."""
        reply = ex.reply or {"content": {"status": "error", "ename": "KernelShimError", "evalue": "no reply"}}
        content = dict(reply["content"])
        failed = content.get("status") == "error"
        if failed and ex.interrupted_at is not None and ex.saw_error:
            self.publish("stream", {"name": "stderr", "text": f"[kernel] {INTERRUPTED}\n"}, ex.header)
        elif failed and ex.interrupted_at is not None:
            self.publish("error", {"ename": "Interrupted", "evalue": INTERRUPTED, "traceback": [INTERRUPTED]}, ex.header)
        elif failed and not ex.saw_error:
            ename, evalue = content.get("ename", "Error"), content.get("evalue", "")
            traceback = content.get("traceback") or []
            if not traceback and evalue == "Execution failed":  # what Deno answers for code it cannot parse
                evalue = SYNTAX_HINT
            self.publish(
                "error",
                {"ename": ename, "evalue": evalue, "traceback": traceback or [f"{ename}: {evalue}"]},
                ex.header,
            )
        if "execution_count" in content:
            content["execution_count"] = ex.count
        self.client.send(
            self.c_shell, "execute_reply", content, parent=ex.header, ident=ex.idents, metadata=reply.get("metadata")
        )
        self.publish("status", {"execution_state": "idle"}, ex.header)
        self.current = None
        if failed and ex.msg["content"].get("stop_on_error", True):
            if ex.interrupted_at is None:  # after an interrupt, the next request is the user's new one
                self.abort_until = time.monotonic() + ABORT_WINDOW
            self.abort_queued()
        self.pump()

    def abort_queued(self) -> None:
        """Answer every queued execute request (except those with stop_on_error false) 'aborted', unrun."""
        self.drain_client_shell()
        kept: collections.deque[tuple[list[bytes], dict[str, Any]]] = collections.deque()
        for idents, msg in self.queue:
            if msg["header"]["msg_type"] != "execute_request" or msg["content"].get("stop_on_error", True) is False:
                kept.append((idents, msg))
                continue
            self.abort_one(idents, msg)
        self.queue = kept

    def abort_one(self, idents: list[bytes], msg: dict[str, Any]) -> None:
        """Answer one execute request 'aborted', unrun."""
        self.publish("status", {"execution_state": "busy"}, msg["header"])
        self.client.send(
            self.c_shell, "execute_reply", {"status": "aborted"}, parent=msg["header"], ident=idents,
            metadata={"status": "aborted"},
        )
        self.publish("status", {"execution_state": "idle"}, msg["header"])

    def drain_client_shell(self) -> None:
        while self.c_shell.poll(0):
            got = self.recv(self.c_shell, self.client)
            if got is not None:
                self.queue.append(got)

    # -- messages from Deno -----------------------------------------------------------------------------------

    def on_deno_iopub(self) -> None:
        got = self.recv(self.d_iopub, self.kernel)
        if got is None:
            return
        idents, msg = got
        parent_id = msg["parent_header"].get("msg_id")
        ex = self.by_request.get(parent_id or "")
        if ex is None:  # not an execution (kernel_info, comm messages, start-up): as it is
            self.to_client_iopub(idents, msg)
            return
        kind = msg["header"]["msg_type"]
        from_marker = parent_id == ex.marker_id
        if kind == "status" or kind == "execute_input":
            if from_marker or ex is not self.current:
                return
            if kind == "status" and msg["content"].get("execution_state") == "idle":
                return  # sent by finish(), after the last output
            if kind == "execute_input":
                msg["content"]["execution_count"] = ex.count
        elif kind == "stream" and from_marker and ex.token in msg["content"].get("text", ""):
            rest = msg["content"]["text"].replace(ex.token + "\n", "").replace(ex.token, "")
            if rest:
                msg["content"]["text"] = rest
                msg["parent_header"] = ex.header
                self.to_client_iopub(idents, msg)
            ex.token_seen = True
            if ex is self.current and ex.reply is not None:
                self.finish(ex)
            return
        elif kind in OUTPUTS:
            if kind == "error":
                ex.saw_error = True
            if kind == "execute_result":
                msg["content"]["execution_count"] = ex.count
        msg["parent_header"] = ex.header
        self.to_client_iopub(idents, msg)

    def on_deno_shell(self) -> None:
        got = self.recv(self.d_shell, self.kernel)
        if got is None:
            return
        _, msg = got
        parent_id = msg["parent_header"].get("msg_id")
        ex = self.current
        if ex is not None and parent_id == ex.msg_id:
            ex.reply = msg
            if ex.token_seen:
                self.finish(ex)
        elif ex is not None and parent_id == ex.marker_id:
            ex.marker_reply_at = time.monotonic()
            if msg["content"].get("status") != "ok" and ex.reply is not None:
                self.finish(ex)  # the marker did not run (aborted by Deno?): nothing more will prove completeness
        elif self.other is not None and parent_id == self.other[1]:
            self.client.send(self.c_shell, msg, ident=self.other[0])
            self.other = None
            self.pump()
        # anything else answers a request of the shim's own (start-up nudges, old markers): dropped

    def on_deno_control(self) -> None:
        got = self.recv(self.d_control, self.kernel)
        if got is None:
            return
        _, msg = got
        idents = self.control_waiting.pop(msg["parent_header"].get("msg_id"), None)
        if idents is not None:
            self.client.send(self.c_control, msg, ident=idents)

    def on_deno_stdin(self) -> None:
        got = self.recv(self.d_stdin, self.kernel)
        if got is None:
            return
        _, msg = got
        ex = self.current
        if ex is None:
            return
        msg["parent_header"] = ex.header
        self.stdin_owner = ex.idents
        self.client.send(self.c_stdin, msg, ident=ex.idents)

    # -- messages from the client -----------------------------------------------------------------------------

    def on_client_shell(self) -> None:
        got = self.recv(self.c_shell, self.client)
        if got is not None:
            self.queue.append(got)
            self.pump()

    def on_client_control(self) -> None:
        got = self.recv(self.c_control, self.client)
        if got is None:
            return
        idents, msg = got
        kind = msg["header"]["msg_type"]
        self.control_waiting[msg["header"]["msg_id"]] = idents
        if kind == "interrupt_request":
            self.interrupt()
        elif kind == "shutdown_request":
            self.shutting_down = time.monotonic()
        self.kernel.send(self.d_control, msg)

    def on_client_stdin(self) -> None:
        got = self.recv(self.c_stdin, self.client)
        if got is not None:
            self.kernel.send(self.d_stdin, got[1])

    def interrupt(self) -> None:
        """Abort what is queued; the running cell gets Deno's interrupt (sent by the caller or here)."""
        self.abort_all_queued()
        if self.current is not None and self.current.reply is None:
            self.current.interrupted_at = time.monotonic()

    def abort_all_queued(self) -> None:
        saved = [(i, m) for i, m in self.queue]
        for _, m in saved:
            if m["header"]["msg_type"] == "execute_request":
                m["content"]["stop_on_error"] = True  # an interrupt stops everything queued
        self.abort_queued()

    def on_sigint(self) -> None:
        self.interrupt()
        self.kernel.send(self.d_control, self.kernel.msg("interrupt_request", {}))

    # -- the loop ---------------------------------------------------------------------------------------------

    def nudge(self, limit: float = 60.0) -> None:
        """Wait until Deno answers and its iopub reaches us (a SUB socket misses what is sent before it joins)."""
        def watch() -> zmq.Poller:
            poller = zmq.Poller()
            poller.register(self.d_iopub, zmq.POLLIN)
            poller.register(self.d_shell, zmq.POLLIN)
            return poller

        poller = watch()
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.deno.poll() is not None:
                # A port picked as free can be taken by another process before Deno binds it: Deno then exits at
                # once ("AddrInUse"). Start it again on fresh ports (three starts in all).
                if self.deno_starts_left == 0:
                    raise SystemExit(self.deno.returncode or 1)
                print("kernel_shim: the Deno kernel exited while starting; starting it again", file=sys.stderr)
                for sock in (self.d_shell, self.d_stdin, self.d_control, self.d_iopub):
                    sock.close(0)
                self.start_deno()
                poller = watch()
                continue
            self.kernel.send(self.d_shell, self.kernel.msg("kernel_info_request", {}))
            until = time.monotonic() + 0.5
            while (left := until - time.monotonic()) > 0:
                events = dict(poller.poll(left * 1000))
                if self.d_shell in events:
                    self.d_shell.recv_multipart()
                if self.d_iopub in events:
                    self.d_iopub.recv_multipart()
                    # drain the remaining replies to the nudges
                    while poller.poll(200):
                        for sock in (self.d_shell, self.d_iopub):
                            while sock.poll(0):
                                sock.recv_multipart()
                    return
        raise SystemExit("kernel_shim: the Deno kernel did not answer within 60 s")

    def run(self) -> int:
        signal.signal(signal.SIGINT, lambda *_: setattr(self, "interrupt_signal", True))
        signal.signal(signal.SIGTERM, lambda *_: self.stop(143))
        die_with_parent(signal.SIGTERM)
        if os.getppid() != self.parent_pid:
            self.stop(0)
        self.nudge()
        poller = zmq.Poller()
        handlers = {
            self.d_iopub: self.on_deno_iopub,
            self.d_shell: self.on_deno_shell,
            self.d_control: self.on_deno_control,
            self.d_stdin: self.on_deno_stdin,
            self.c_control: self.on_client_control,
            self.c_shell: self.on_client_shell,
            self.c_stdin: self.on_client_stdin,
        }
        for sock in handlers:  # Deno's side first: its output is handled before new requests
            poller.register(sock, zmq.POLLIN)
        while True:
            try:
                events = dict(poller.poll(200))
            except zmq.ZMQError:
                events = {}
            for sock, handler in handlers.items():
                if sock in events:
                    handler()
            if self.interrupt_signal:
                self.interrupt_signal = False
                self.on_sigint()
            self.check_timers()
            if self.deno.poll() is not None:
                if self.shutting_down is None:
                    print(f"kernel_shim: the Deno kernel exited ({self.deno.returncode})", file=sys.stderr)
                    self.exit_code = self.deno.returncode or 1
                # forward what is left (a shutdown reply) before leaving
                for sock in (self.d_control, self.d_iopub):
                    while sock.poll(50):
                        handlers[sock]()
                self.stop(self.exit_code)
            if os.getppid() != self.parent_pid:
                self.stop(0)

    def check_timers(self) -> None:
        now = time.monotonic()
        ex = self.current
        if ex is not None:
            if ex.reply is not None and ex.marker_reply_at is not None and now - ex.marker_reply_at > MARKER_GRACE:
                self.finish(ex)  # the marker ran but printed nothing we saw: do not hold the client forever
            elif (
                ex.interrupted_at is not None
                and ex.reply is None
                and not ex.told_not_interrupted
                and now - ex.interrupted_at > INTERRUPT_GRACE
            ):
                ex.told_not_interrupted = True
                self.publish("stream", {"name": "stderr", "text": NOT_INTERRUPTED}, ex.header)
        if self.shutting_down is not None and now - self.shutting_down > SHUTDOWN_GRACE:
            self.stop(0)

    def stop(self, code: int) -> None:
        if self.deno.poll() is None:
            self.deno.terminate()
            try:
                self.deno.wait(2)
            except subprocess.TimeoutExpired:
                self.deno.kill()
                self.deno.wait()
        try:
            os.unlink(self.deno_conn)
            os.rmdir(self.tmpdir)
        except OSError:
            pass
        os._exit(code)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("connection_file")
    parser.add_argument("--deno", default=os.environ.get("DENO_BIN", "deno"), help="the deno executable")
    args = parser.parse_args(argv)
    shim = Shim(args.connection_file, args.deno, ["jupyter", "--kernel"])
    return shim.run()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
