import { describe, expect, it } from "vitest";
import { loadCopy } from "../../../dialogs/index.ts";
import { commandOf } from "../../../dialogs/commands.ts";
import { CONTENT_FILES, readJson } from "../../../src/app/content.ts";

const copy = loadCopy(readJson(CONTENT_FILES.copy), {});
const manifest = readJson("appPackage/manifest.template.json") as {
  bots: Array<{ commandLists: Array<{ commands: Array<{ title: string }> }> }>;
};

describe("the Teams command menu", () => {
  it("maps every manifest command, typed alone, to what it promises", () => {
    const titles = manifest.bots.flatMap((bot) =>
      bot.commandLists.flatMap((list) => list.commands.map((c) => c.title)),
    );
    expect(
      Object.fromEntries(titles.map((title) => [title, commandOf(title, undefined, copy)])),
    ).toEqual({
      assess: "start",
      ask: "ask_question",
      talk: "handoff",
      help: "help",
    });
  });

  it("reads a card submit by value.action whatever the text, and only our own actions", () => {
    expect(
      commandOf(
        "Talk to a consultant",
        { action: "handoff", msteams: { type: "messageBack" } },
        copy,
      ),
    ).toBe("handoff");
    expect(commandOf("", { action: "toString" }, copy)).toBeNull();
  });
});
