#!/usr/bin/env python3
"""Loads the benchmark's data set through the API, as the demo plan lead over HTTP Basic: ten people, a plan, 500
actions led in turn by the ten people, ten progress updates on each action, and the plan's termly review for the spring
term, scheduled (its pack lists all 500 actions). Prints the ids the benchmark needs as shell assignments (PLAN_ID,
ACTION_ID, ACTION_IDS, LEAD_ID, REVIEW_ID).

    bench/load.py http://localhost:18080 [actions] [updates-per-action]

The benchmark's data set is the default, 500 actions with 10 updates; fewer are only for trying the script out.
"""
import base64
import concurrent.futures
import http.client
import json
import sys
import threading
import urllib.parse

RAGS = ["GREEN", "GREEN", "AMBER", "RED", "NOT_YET_RATED"]


class Api:
    def __init__(self, base, user):
        url = urllib.parse.urlsplit(base)
        self.connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        token = base64.b64encode(f"{user}:{user}".encode()).decode()
        self.headers = {"Authorization": "Basic " + token, "Content-Type": "application/json",
                        "Accept": "application/json"}

    def post(self, path, body):
        self.connection.request("POST", path, json.dumps(body), self.headers)
        response = self.connection.getresponse()
        text = response.read()
        if response.status != 201:
            sys.exit(f"POST {path} answered {response.status}: {text[:500]!r}")
        return json.loads(text)

    def get(self, path):
        self.connection.request("GET", path, headers=self.headers)
        response = self.connection.getresponse()
        text = response.read()
        if response.status != 200:
            sys.exit(f"GET {path} answered {response.status}: {text[:500]!r}")
        return json.loads(text)


def main():
    base = sys.argv[1]
    actions = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    updates = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    api = Api(base, "lead")
    people = [api.post("/api/people", {
        "name": f"Officer {n}", "jobTitle": "Virtual school officer", "team": "Virtual School",
        "email": f"officer{n}@example.gov.uk"})["id"] for n in range(10)]
    review = api.post("/api/reviews", {
        "title": "Benchmark peer review", "type": "NAVSH_PEER_REVIEW", "reviewingBody": "NAVSH",
        "organisation": "Example Virtual School", "reportDate": "2025-11-20"})["id"]
    themes = [api.post(f"/api/reviews/{review}/themes", {"number": f"3.{n + 1}", "title": f"Theme {n + 1}"})["id"]
              for n in range(5)]
    plan = api.post("/api/plans", {"title": "Benchmark plan", "reviewIds": [review], "leadId": people[0]})["id"]
    local = threading.local()

    def action_with_updates(i):
        if not hasattr(local, "api"):
            local.api = Api(base, "lead")
        api = local.api
        rag = RAGS[i % len(RAGS)]
        action = api.post(f"/api/plans/{plan}/actions", {
            "reference": f"3.{i % 5 + 1}.{i // 5 + 1}",
            "title": f"Benchmark action {i + 1}: agree the personal education plan protocol with health partners",
            "description": "Work with the designated nurse and social care to agree how health needs feed the PEP.",
            "themeId": themes[i % len(themes)],
            "leadId": people[i % len(people)],
            "startDate": "2025-09-01",
            "targetDate": f"{2026 + i % 2}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "successCriteria": "Every PEP review has the latest health assessment to hand.",
            "status": "COMPLETE" if i % 7 == 0 else "IN_PROGRESS",
            "rag": rag,
            "ragReason": "Health sign-off is due next month" if rag in ("AMBER", "RED") else None})
        for u in range(updates):
            update_rag = RAGS[(i + u) % len(RAGS)]
            api.post(f"/api/actions/{action['id']}/updates", {
                "narrative": f"Progress note {u + 1} on action {i + 1}: the protocol was discussed at the partnership"
                             " meeting and a draft is with the designated nurse.",
                "status": "IN_PROGRESS",
                "rag": update_rag,
                "reason": "Waiting for the health trust" if update_rag in ("AMBER", "RED") else None,
                "impact": "Two more PEPs had the health assessment to hand this month.",
                "evidenceLinks": [f"https://intranet.example.gov.uk/pep/{i + 1}/{u + 1}"]})
        return action["id"]

    # Four connections at a time; the actions keep their order (and references) whatever order they finish in.
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        action_ids = list(pool.map(action_with_updates, range(actions)))
    spring = api.get("/api/terms?year=2025-26")["items"][1]["id"]
    review_id = api.post(f"/api/plans/{plan}/termly-reviews", {
        "termId": spring, "meetingDate": "2026-03-20", "body": "Virtual School SLT", "chairId": people[0],
        "memberIds": [people[0], people[1]]})["id"]
    print(f"PLAN_ID={plan}")
    print(f"ACTION_ID={action_ids[len(action_ids) // 2]}")
    print(f"ACTION_IDS={','.join(str(a) for a in action_ids)}")
    print(f"LEAD_ID={people[1]}")
    print(f"REVIEW_ID={review_id}")


if __name__ == "__main__":
    main()
