import { describe, expect, it } from "vitest";
import { InputError } from "../model/errors.js";
import { formatConllu, parseConllu } from "./conllu.js";

const SAMPLE = [
  "# sent_id = s1",
  "# text = They can't go.",
  "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_",
  "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
  "4.1\tgone\t_\t_\t_\t_\t_\t_\t4:conj\t_",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
  "",
].join("\n");

describe("CoNLL-U", () => {
  it("reads syntactic words, skipping multi-word token lines and empty nodes", () => {
    const [s] = parseConllu(SAMPLE);
    expect(s.id).toBe("s1");
    expect(s.text).toBe("They can't go.");
    expect(s.form).toEqual(["They", "ca", "n't", "go", "."]);
    expect(s.head).toEqual([3, 3, 3, -1, 3]);
    expect(s.deprel).toEqual(["nsubj", "aux", "advmod", "root", "punct"]);
  });

  it("writes what it reads", () => {
    const sentences = parseConllu(SAMPLE);
    expect(parseConllu(formatConllu(sentences))).toEqual(sentences);
  });

  it("names the file and line of a bad line", () => {
    expect(() => parseConllu("1\tThey\tthey\n", "x.conllu")).toThrow(InputError);
    expect(() => parseConllu("1\tA\ta\tX\tX\t_\tz\tdep\t_\t_\n", "x.conllu")).toThrow(
      /x\.conllu:1: bad head/,
    );
  });
});
