export function askForLiveMapEachFrame(): void;
