export { Portfolio } from './Portfolio';
export { summarizePortfolio, byAttention, costVariance } from './portfolioSummary';
export type { IPortfolioSummary, PortfolioLoad } from './types';
