/** Every error Dyad raises carries a stable code, so messages can be found by grep. */
export class DyadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location?: { file?: string; line?: number },
  ) {
    const where = location?.file ? `${location.file}${location.line ? `:${location.line}` : ""}: ` : "";
    super(`${where}${message} [${code}]`);
    this.name = "DyadError";
  }
}

/** E001: input that cannot be read as text (binary, invalid UTF-8, empty, too large). */
export class InputError extends DyadError {
  constructor(message: string, location?: { file?: string; line?: number }) {
    super("E001", message, location);
    this.name = "InputError";
  }
}

/** E002: a data file (dictionary, pattern, codebook) that fails its schema. */
export class DataFileError extends DyadError {
  constructor(message: string, location?: { file?: string; line?: number }) {
    super("E002", message, location);
    this.name = "DataFileError";
  }
}

/** E003: a pipeline whose stages need annotations no earlier stage provides. */
export class PipelineError extends DyadError {
  constructor(message: string) {
    super("E003", message);
    this.name = "PipelineError";
  }
}

/** E004: bad command-line or API options. */
export class OptionError extends DyadError {
  constructor(message: string) {
    super("E004", message);
    this.name = "OptionError";
  }
}

/** E005: a document still being coded when its time budget ran out; the batch goes on without it. */
export class TimeBudgetError extends DyadError {
  constructor(message: string) {
    super("E005", message);
    this.name = "TimeBudgetError";
  }
}
