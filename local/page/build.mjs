// Builds the local PMO page bundle (placeholder until implemented).
export async function buildPage() {}
