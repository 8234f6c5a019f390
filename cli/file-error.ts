// The error for a problem in one input file: its message names the file before the cell.

export class FileError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
    message: string,
  ) {
    super(`${file}: ${message}`, { cause });
  }
}
