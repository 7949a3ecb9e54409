/** English strings of the tracker widget (the fallback for every language). */
export const trackerMessages = {
};
