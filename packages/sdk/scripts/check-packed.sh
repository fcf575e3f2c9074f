#!/usr/bin/env bash
# What a consumer outside this workspace gets: `npm pack` the built SDK, install the tarball into a
# fresh project, and compile every ```ts example of the README there under `strict`.
set -euo pipefail
cd "$(dirname "$0")/.."
consumer=$(mktemp -d)
trap 'rm -rf "$consumer"' EXIT
tarball=$(npm pack --silent --pack-destination "$consumer")
cd "$consumer"
echo '{ "name": "consumer", "private": true, "type": "module" }' > package.json
npm install --silent --no-audit --no-fund "./$tarball" typescript@5.9.3 @types/node@20.19.43
node -e '
  const fs = require("node:fs");
  const readme = fs.readFileSync(process.argv[1], "utf8");
  const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
  examples.forEach((code, index) => fs.writeFileSync(`example${index}.ts`, `${code}\nexport {};\n`));
  console.log(`${examples.length} README examples`);
' "$OLDPWD/README.md"
echo '{ "compilerOptions": { "strict": true, "noEmit": true, "target": "ES2022", "module": "NodeNext",
  "moduleResolution": "NodeNext", "lib": ["ES2023", "DOM"], "types": ["node"] }, "include": ["*.ts"] }' > tsconfig.json
npx tsc -p .
echo "the packed SDK ($tarball, $(du -k "$tarball" | cut -f1) kB) compiles its README examples under strict"
