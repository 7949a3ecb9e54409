/** English strings of the checklist widget (the fallback for every language). */
export const checklistMessages = {
};
