#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz corpora and the dictionaries (tests/fuzz/README.md).

    tests/fuzz/make-seeds.py OUT_DIR [FIXTURES_DIR]

OUT_DIR/dto/ gets one file per recorded real-server answer (../shared/contract/fixtures/real-server):
the DTO selector byte (FuzzTargets.cpp, dtoTargets()) followed by the body; error answers go to
the error-response selector as "<Retry-After>\\n<X-Stack-Known-Error>\\n<body>". OUT_DIR/config_file/
gets hexclave.config.ts files: hand-written forms the parser accepts and the CLI's form of the
recorded configurations. The seeds are then merged into the kept corpus with -merge=1.
"""
import json
import pathlib
import re
import sys

# The order of dtoTargets() in FuzzTargets.cpp (tst_FuzzRegressions checks that they agree).
DTO_TARGETS = """users-page user teams-page team team-invitations-page permission-grants-page permission-grant
permission-definitions-page permission-definition team-membership project-api-keys-page project-api-key
new-project-api-key owned-api-keys-page owned-api-key new-owned-api-key sessions-page session-tokens
contact-channels-page contact-channel oauth-providers-page oauth-provider projects-page project config
config-tree config-source transactions-page item-balance owned-products-page payment-provider-account
email-drafts email-templates email-themes outbox-page delivery-info email-draft email-theme outbox-email
created-email-object rendered-email rendered-template sent-emails test-email-result metrics revenue-metrics
conversations conversation created-conversation sign-in-tokens refreshed-access-token cli-auth-session
cli-auth-poll access-token-claims error-response json-text""".split()

# Recorded answer (by the words in its file name) -> the DTO the app parses it into.
FIXTURE_TARGETS = [
    ("users-list", "users-page"), ("team-members", "users-page"), ("team-member-profiles", "users-page"),
    ("user-get", "user"), ("user-create", "user"), ("user-patch", "user"),
    ("sessions-create", "session-tokens"), ("sessions-list", "sessions-page"),
    ("contact-channels", "contact-channels-page"), ("oauth-providers", "oauth-providers-page"),
    ("teams-list", "teams-page"), ("team-get", "team"), ("team-create", "team"),
    ("team-invitations", "team-invitations-page"), ("team-membership-add", "team-membership"),
    ("permissions-of", "permission-grants-page"), ("team-api-keys", "owned-api-keys-page"),
    ("permission-definitions", "permission-definitions-page"),
    ("permission-definition-create", "permission-definition"), ("project-api-keys", "project-api-keys-page"),
    ("user-api-keys", "owned-api-keys-page"), ("user-api-key-create", "new-owned-api-key"),
    ("config-rendered", "config"), ("config-override-branch", "config"), ("config-override-environment", "config"),
    ("transactions", "transactions-page"), ("email-drafts", "email-drafts"), ("email-templates", "email-templates"),
    ("email-themes", "email-themes"), ("emails-outbox", "outbox-page"), ("delivery-info", "delivery-info"),
    ("projects-owned", "projects-page"), ("project-current", "project"), ("cli-auth-start", "cli-auth-session"),
    ("refresh", "refreshed-access-token"),
]

CONFIG_FILES = [
    'import type { HexclaveConfig } from "@hexclave/js/config";\n\nexport const config: HexclaveConfig = {\n  "auth": {\n    "allowSignUp": true\n  }\n};\n',
    "export const config: HexclaveConfig = { auth: { allowSignUp: true, password: { allowSignIn: true, }, }, apps: { installed: { authentication: { enabled: true, }, }, }, };",
    "export const config = defineHexclaveConfig({ auth: { allowSignUp: true, }, });",
    "export const config = defineStackConfig({ teams: { allowClientTeamCreation: true }, },);\n",
    'import type { HexclaveConfig } from "@hexclave/js/config";\n\nexport const config: HexclaveConfig = "show-onboarding";\n',
    "export const config = 'show-onboarding' as const;",
    "export const config = { emails: { themes: { a: { displayName: 'It\\'s \"fine\"\\n\\tok \\\\ \\x41\\u00e9\\u{1F600} \\0end', tsxSource: \"line\\\n2\" } } } };",
    "export const config = { a: [1, [2, 3,], { b: 'c', },], };",
    'export const config = {\n  // a comment\n  "auth.allowSignUp": true,\n  /* block */ "auth.password.allowSignIn": false,\n  "rbac": { "defaultPermissions.teamMember": { "member": true } },\n};\n',
    'export const config = { "a.b": { c: 1 }, a: { b: { d: 2 } } };',
    'export const config = { a: null, "a.b": 1 };',
    "export const config = { a: { b: 'x' as const } } as const;",
    "export const config = { a: 1 } satisfies HexclaveConfig;",
    "export const config: Record<string, unknown> = ({ a: 1 } as unknown as HexclaveConfig)!;",
    "export const config = <HexclaveConfig>{ a: true };",
    'export const config: HexclaveConfig | "show-onboarding" = {};',
    'import type { HexclaveConfig } from "@hexclave/js/config";\r\n\r\nexport const config: HexclaveConfig = {\r\n  "a": {\r\n    "b": true\r\n  }\r\n};\r\n',
    "\ufeffexport const config = { a: 'é' };\n",
    "export const config = { a: undefined, b: null, c: { d: null, e: 1 }, f: [undefined, null] };",
    "export const config = { a: 0, b: -12, c: 1.50, d: 2e3, e: -1.5e-7, f: .5, g: 0x1F, h: 1_000, i: 0b101, j: 1e21, k: 0o17, l: 9007199254740993 };",
    "export const config = { b: 1, 2: 'two', 1e2: 'x', 0x10: 'y', 1: 'one' };",
    "export const config = { a: { f: true, '2.x': 1 }, 'b.3': 1, 'b.c': 2 };",
    "export const config = { a: 1, b: 2, a: undefined };",
    "export const config = { default: true, new: 1, true: 'x', null: null };",
    "export const config = { a: 1 };\n\n// keep me\nexport default config;\n",
    "import x from 'y';\nconst other = `template ${1} export const config = 1`;\n// export const config = 2\nexport const config = { a: 1 };\n",
    "// header\nimport type { HexclaveConfig } from '@hexclave/js';\n\n/** docs */\nexport const config: HexclaveConfig = { a: 1 }; // trailing\n\nexport default config;\n",
    "export const config = { a: f(1), b: `x${y}`, c: x.y, d: 1 + 2, e: ...z, [k]: 1, m() {} };",
    'export const config = { payments: { products: { pro: { prices: { monthly: { USD: "19.00", interval: [1, "month"], }, }, includedItems: { credits: { quantity: 1000, repeat: [1, "month"], expires: "when-repeated", }, }, }, }, }, };',
]


def dto_seed(name, body):
    return bytes([DTO_TARGETS.index(name)]) + body


def main():
    out = pathlib.Path(sys.argv[1])
    fixtures = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else
                            pathlib.Path(__file__).resolve().parents[3] / "shared/contract/fixtures/real-server")
    (out / "dto").mkdir(parents=True, exist_ok=True)
    (out / "config_file").mkdir(parents=True, exist_ok=True)
    configs = []
    for path in sorted(fixtures.glob("*.json")):
        response = json.loads(path.read_text())["response"]
        body = response["body"]
        text = (json.dumps(body, separators=(",", ":")) if response.get("body_kind") == "json" else str(body)).encode()
        stem = path.stem
        if response["status"] >= 300:
            known = response["headers"].get("x-stack-known-error", "")
            seed = dto_seed("error-response", b"\n" + known.encode() + b"\n" + text)
        else:
            target = next((t for words, t in FIXTURE_TARGETS if words in stem), "json-text")
            seed = dto_seed(target, text)
        (out / "dto" / f"seed-{stem}").write_bytes(seed)
        if isinstance(body, dict) and isinstance(body.get("config_string"), str):
            configs.append((stem, body["config_string"]))
            (out / "dto" / f"seed-{stem}-tree").write_bytes(dto_seed("config-tree", body["config_string"].encode()))
    for name, body in [("conversations", b'{"conversations":[]}'), ("retry-after", b'120\n\n{"error":"slow down"}'),
                       ("retry-date", b'Sun, 06 Nov 1994 08:49:37 GMT\nRATE_LIMITED\n{"code":"RATE_LIMITED","details":{"a":[1,{"b":null}]}}'),
                       ("access-token-claims", b'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1IiwiZW1haWwiOiJhQGIuYyIsImV4cCI6MTcwMDAwMDAwMCwiaWF0IjoxfQ.sig'),
                       ("json-text", b'{\n  "a": [1, 2.5e3, "\\u00e9", true, null],\n  "b": {}\n}'),
                       ("config-source", b'{"source":{"type":"pushed-from-github","owner":"o","repo":"r","branch":"main","commit_hash":"abc","config_file_path":"hexclave.config.ts","workflow_path":null}}')]:
        target = "error-response" if name.startswith("retry") else name
        (out / "dto" / f"seed-{name}").write_bytes(dto_seed(target, body))
    for index, text in enumerate(CONFIG_FILES):
        (out / "config_file" / f"seed-{index:02}.ts").write_bytes(text.encode())
    for stem, config_string in configs:
        pretty = json.dumps(json.loads(config_string), indent=2, ensure_ascii=False)
        text = ('import type { HexclaveConfig } from "@hexclave/js/config";\n\n'
                f"export const config: HexclaveConfig = {pretty};\n")
        (out / "config_file" / f"seed-{stem}.ts").write_bytes(text.encode())


if __name__ == "__main__":
    main()
