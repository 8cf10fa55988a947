import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "data/",
      "test-results/",
      "coverage/",
      "devTools/",
      "appPackage/build/",
      ".build/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read the environment only in src/main.ts (and scripts); pass config down.",
        },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts", "intents/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["botbuilder*", "restify*"],
              message: "The core stays free of the bot and HTTP frameworks.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/main.ts", "src/terminal/chat.ts", "scripts/**/*.ts", "test/**/*.ts"],
    rules: { "no-console": "off", "no-restricted-syntax": "off" },
  },
  {
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
