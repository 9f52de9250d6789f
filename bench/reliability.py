#!/usr/bin/env python3
"""The reliability probes of issue 15 against the packaged jar, as a hosting team would run them, printed as one table:

  - two writers appending progress updates to one action, status and RAG varying: refused appends, lost appends
  - kill -9 under three writers: acknowledged appends against those present after a restart
  - malformed bodies on every API operation with a body (from the OpenAPI document) and on the sign-in form: 5xx
  - the role matrix, every operation of the OpenAPI document (API and pages) as each role and as nobody: 5xx, and
    requests from nobody that were answered rather than refused (401, 403 or 415; a redirect to sign in for pages)

    bench/reliability.py <jar> <jdbc-url> <user> <password> [appends]

The jar runs in the demo profile (demo accounts over HTTP Basic, the demo plan loaded) against the database given,
which must be empty. The database faults (restart under a warm pool, stopped) are DatabaseFaultsIT's: see README.
"""
import base64
import concurrent.futures
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

ROLES = ["lead", "officer", "slt", "councillor"]


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


class App:
    def __init__(self, jar, jdbc, user, password):
        self.jar, self.port, self.management = jar, free_port(), free_port()
        self.env = dict(os.environ, QUARKUS_PROFILE="demo", QUARKUS_DATASOURCE_JDBC_URL=jdbc,
                        QUARKUS_DATASOURCE_USERNAME=user, QUARKUS_DATASOURCE_PASSWORD=password,
                        QUARKUS_HTTP_PORT=str(self.port), MANAGEMENT_PORT=str(self.management),
                        FOLLOWTHROUGH_DEMO_SESSION_KEY=secrets.token_urlsafe(36))
        self.process = None
        self.starts = 0

    def start(self):
        self.starts += 1
        log = open(f"target/reliability-app-{self.starts}.log", "w")
        self.process = subprocess.Popen(["java", "-jar", self.jar], env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 600
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"the app stopped; see target/reliability-app-{self.starts}.log")
            if status(f"http://localhost:{self.management}/q/health/ready") == 200:
                return
            time.sleep(0.2)
        sys.exit("the app was not ready within 10 minutes")

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(60)

    def url(self, path):
        return f"http://localhost:{self.port}{path}"


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer of its own here (a page sends nobody to the sign-in page), not something to follow."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def request(url, method="GET", body=None, user=None, content_type="application/json", timeout=60):
    # Pages answer HTML (a redirect to the sign-in page for nobody); the API answers JSON (401 for nobody).
    headers = {"Accept": "application/json" if "/api/" in url or "/q/" in url else "text/html"}
    if user:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{user}".encode()).decode()
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = content_type
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with OPENER.open(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout):
        return -1, b""


def status(url):
    return request(url)[0]


def first_plan_actions(app):
    _, plans = request(app.url("/api/plans"), user="lead")
    plan = json.loads(plans)["items"][0]["id"]
    _, actions = request(app.url(f"/api/plans/{plan}/actions?size=10"), user="lead")
    return [a["id"] for a in json.loads(actions)["items"]]


def updates_of(app, action):
    code, body = request(app.url(f"/api/actions/{action}/updates?size=1"), user="lead")
    return json.loads(body)["total"] if code == 200 else None


def append(app, action, i):
    statuses = ["IN_PROGRESS", "ONGOING", "NOT_STARTED"]
    rags = ["GREEN", "AMBER", "RED"]
    body = {"narrative": f"Reliability probe update {i}", "status": statuses[i % len(statuses)],
            "rag": rags[i % len(rags)], "reason": "Probe" if rags[i % len(rags)] != "GREEN" else None}
    return request(app.url(f"/api/actions/{action}/updates"), "POST", body, user="lead")[0]


def two_writers(app, action, appends):
    before = updates_of(app, action)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        codes = list(pool.map(lambda i: append(app, action, i), range(appends)))
    acknowledged = codes.count(201)
    present = updates_of(app, action) - before
    return (f"two writers, {appends} appends to one action", f"{appends - acknowledged} refused "
            f"({sorted(set(c for c in codes if c != 201))}), {acknowledged - present} of {acknowledged} lost")


def kill_under_writes(app, actions, seconds=8):
    before = {a: updates_of(app, a) for a in actions}
    acknowledged = {a: 0 for a in actions}
    stop_at = time.time() + seconds

    def writer(action):
        i = 0
        while time.time() < stop_at + 30:
            code = append(app, action, i)
            i += 1
            if code == 201:
                acknowledged[action] += 1
            elif code == -1:
                return

    with concurrent.futures.ThreadPoolExecutor(len(actions)) as pool:
        futures = [pool.submit(writer, a) for a in actions]
        time.sleep(seconds)
        app.kill9()
        for f in futures:
            f.result()
    app.start()
    present = sum(updates_of(app, a) - before[a] for a in actions)
    total = sum(acknowledged.values())
    return (f"kill -9 under {len(actions)} writers", f"{total} acknowledged, {present} present, "
            f"{max(0, total - present)} lost")


def operations(app):
    _, body = request(app.url("/q/openapi?format=json"))
    document = json.loads(body)
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                yield method.upper(), path, "requestBody" in operation


def concrete(path):
    out = []
    for part in path.split("/"):
        out.append("1" if part.startswith("{") else part)
    return "/".join(out)


def malformed_bodies(app):
    sent, failures = 0, []
    bodies = [(b'{"', "application/json"), (b"&&&===", "application/x-www-form-urlencoded"),
              (b"--x\r\nContent-Disposition: form-data; name=\"file\"", "multipart/form-data; boundary=x")]
    for method, path, has_body in operations(app):
        if not has_body:
            continue
        for body, kind in bodies:
            sent += 1
            code = request(app.url(concrete(path)), method, body, user="lead", content_type=kind)[0]
            if code >= 500 or code == -1:
                failures.append(f"{method} {path} {kind.split(';')[0]}: {code}")
    for body in (b"userName=%zz&password=x", b"&&&==="):
        sent += 1
        code = request(app.url("/sign-in"), "POST", body, content_type="application/x-www-form-urlencoded")[0]
        if code >= 500 or code == -1:
            failures.append(f"POST /sign-in: {code}")
    return ("malformed bodies on every operation with one, and the sign-in form",
            f"{sent} sent, {len(failures)} answered 5xx" + (": " + "; ".join(failures[:5]) if failures else ""))


# What anyone may open: the sign-in page, and calendar feeds, which their secret token in the path protects.
PUBLIC = ("/sign-in", "/calendar/")


def role_matrix(app):
    sent, failures, anonymous, refusals = 0, [], [], 0
    for method, path, has_body in operations(app):
        if path.startswith("/q/"):
            continue
        for user in ROLES + [None]:
            sent += 1
            code = request(app.url(concrete(path)), method, {} if has_body else None, user=user)[0]
            if code >= 500 or code == -1:
                failures.append(f"{user} {method} {path}: {code}")
            # Refused: 401, or a redirect to the sign-in page; 403 (no CSRF token) and 415 refuse before that.
            if user is None and not path.startswith(PUBLIC):
                if code in (401, 403, 415) or (code in (302, 303) and not path.startswith("/api/")):
                    refusals += 1
                else:
                    anonymous.append(f"{method} {path}: {code}")
    return ("the role matrix, every operation as each role and as nobody",
            f"{sent} requests, {len(failures)} answered 5xx; nobody refused {refusals} times, "
            f"answered {len(anonymous)} times"
            + (": " + "; ".join((failures + anonymous)[:5]) if failures or anonymous else ""))


def main():
    jar, jdbc, user, password = sys.argv[1:5]
    appends = int(sys.argv[5]) if len(sys.argv) > 5 else 500
    app = App(jar, jdbc, user, password)
    app.start()
    rows = []
    try:
        actions = first_plan_actions(app)
        for probe in (lambda: two_writers(app, actions[0], appends),
                      lambda: kill_under_writes(app, actions[1:4]),
                      lambda: malformed_bodies(app),
                      lambda: role_matrix(app)):
            started = time.time()
            name, result = probe()
            rows.append((name, result, f"{time.time() - started:.0f} s"))
            print(f"{name}: {result}", file=sys.stderr)
    finally:
        app.stop()
    print("| Probe | Result | Took |")
    print("|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
