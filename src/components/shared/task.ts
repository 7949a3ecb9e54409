/**
 * Resolves in a task of its own, after the current one and whatever is
 * already queued: a MessageChannel message, which neither timer clamping nor
 * fake timers in tests hold back.
 */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}
