export { Portfolio } from './Portfolio';
export { summarizeRows } from './portfolioRows';
export { PORTFOLIO_CACHE_KEY } from './usePortfolio';
export type { IPortfolioSummary, PortfolioLoad, IPortfolioProps } from './types';
