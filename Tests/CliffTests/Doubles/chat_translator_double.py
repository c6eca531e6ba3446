"""A test double of a hosted chat model that translates: it speaks the OpenAI chat completions
protocol (POST /v1/chat/completions, bearer key, `usage` token counts, JSON in
choices[0].message.content; 401 for a wrong key, 429 with Retry-After once) and translates the
lines of Cliffhanger's translation prompt the way a model might, including its mistakes.

Its "translation" is mechanical: "[es] " + the line with the glossary's names put in (so a
test can check the names). Its mistakes: the first answer for each episode leaves out one line
and writes one name against the glossary (a repair prompt must fix both); a line holding the
word in UNTRANSLATABLE is never answered (it must be reported, not filled in).

Prints its port, then serves until killed.
"""
import http.server, json, re, sys

KEY = sys.argv[1] if len(sys.argv) > 1 else "translator-key"
UNTRANSLATABLE = sys.argv[2] if len(sys.argv) > 2 else "\u0000never"
state = {"calls": 0, "throttled": False}
LINE = re.compile(r"^(ep\d{3}-L\d{4}) \u2014 .*?within [0-9.]+ s: (.*)$")
GLOSS = re.compile(r"^- (.+) \u2192 (.+)$")


def translate(text, glossary, honour=True):
    out = text
    for source, target in sorted(glossary, key=lambda p: -len(p[0])):
        if honour:
            out = out.replace(source, target)
    return "[es] " + out


class Handler(http.server.BaseHTTPRequestHandler):
    def reply(self, status, body, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        request = json.loads(self.rfile.read(length) or b"{}")
        if self.path != "/v1/chat/completions":
            return self.reply(404, {"error": {"message": "no such route"}})
        if self.headers.get("Authorization") != "Bearer " + KEY:
            return self.reply(401, {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}})
        if not state["throttled"]:
            state["throttled"] = True
            return self.reply(429, {"error": {"message": "Rate limit reached", "type": "requests"}}, [("Retry-After", "0")])
        state["calls"] += 1
        messages = request.get("messages", [])
        first = messages[1]["content"] if len(messages) > 1 else ""
        glossary = [m.groups() for m in map(GLOSS.match, first.splitlines()) if m]
        lines = [m.groups() for m in map(LINE.match, first.splitlines()) if m]
        repairing = len(messages) > 2
        wanted = set(lines_id for lines_id, _ in lines)
        if repairing:
            asked = set(re.findall(r"^- (ep\d{3}-L\d{4}):", messages[-1]["content"], re.M))
            wanted = asked
        answer = []
        for index, (line_id, text) in enumerate(lines):
            if line_id not in wanted or UNTRANSLATABLE in text:
                continue
            if not repairing and index == 0:
                continue  # left out: the repair prompt asks for it
            answer.append({"id": line_id, "text": translate(text, glossary, honour=repairing or index != 1)})
        content = json.dumps({"lines": answer}, ensure_ascii=False)
        self.reply(200, {
            "id": "chatcmpl-%d" % state["calls"], "object": "chat.completion", "model": request.get("model"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 200, "completion_tokens": 80, "total_tokens": 280},
        })

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_port, flush=True)
server.serve_forever()
