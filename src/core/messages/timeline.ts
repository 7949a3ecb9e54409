/** English strings of the timeline widget (the fallback for every language). */
export const timelineMessages = {
};
