// The error for input the CLI cannot use (a missing or unreadable file, a bad option value): exit 2, no stack.

export class InputError extends Error {}
