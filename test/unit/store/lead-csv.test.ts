import { describe, expect, it } from "vitest";
import { leadsToCsv, neutraliseCell } from "../../../src/core/leads/index.ts";
import { aLead } from "../../support/lead-builder.ts";

describe("lead CSV export", () => {
  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tTab", "'\tTab"],
    ["Plain Ltd", "Plain Ltd"],
    ["a=b", "a=b"],
    ["", ""],
  ])("neutralises %j as %j", (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it("writes a header, CRLF rows and quotes cells with commas, quotes or line breaks", () => {
    const lead = aLead({
      summary: 'Says "hi", twice\nthen leaves',
      contact: { company: "=1+1" },
      meeting: undefined,
    });
    const [header, row, end] = leadsToCsv([lead]).split("\r\n");
    expect(header?.split(",")).toHaveLength(14);
    expect(row).toContain(",'=1+1,");
    expect(row).toMatch(/,"Says ""hi"", twice\nthen leaves"$/);
    expect(row).toContain(",co-managed,0.78,,2026-01,");
    expect(end).toBe("");
    expect(leadsToCsv([])).toBe(`${header}\r\n`);
  });
});
