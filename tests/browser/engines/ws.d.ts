// The few members of the `ws` package's WebSocket the Firefox driver uses (the package ships no types).

declare module 'ws' {
  export default class WebSocket {
    constructor(url: string);
    on(event: 'message', listener: (data: Buffer) => void): this;
    once(event: 'open' | 'error', listener: () => void): this;
    send(data: string): void;
    close(): void;
  }
}
