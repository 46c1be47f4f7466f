/**
 * The verdict of a dark-launch run, from its report: too few comparisons is "inconclusive" (never a failure:
 * no data is not bad data), a diff rate above the limit is "fail", otherwise "pass". Pure.
 */
export type ShadowVerdict = {
    verdict: 'pass' | 'fail' | 'inconclusive';
    /**
     * one sentence with the numbers
     */
    reason: string;
    /**
     * differed / compared (0 when nothing was compared)
     */
    diffRate: number;
    compared: number;
    /**
     * copies dropped because the queue was full
     */
    dropped: number;
};
/**
 * @typedef {object} ShadowVerdict
 * @property {'pass' | 'fail' | 'inconclusive'} verdict
 * @property {string} reason      one sentence with the numbers
 * @property {number} diffRate    differed / compared (0 when nothing was compared)
 * @property {number} compared
 * @property {number} dropped     copies dropped because the queue was full
 */
/**
 * @param {{ compared: number, differed: number, skipped: { queue_full: number }, darkErrors: { timeout: number, error: number } }} report
 * @param {{ maxDiffRate: number, minCompared?: number }} limits
 * @returns {ShadowVerdict}
 */
export declare function judgeShadowReport(report: {
    compared: number;
    differed: number;
    skipped: {
        queue_full: number;
    };
    darkErrors: {
        timeout: number;
        error: number;
    };
}, limits: {
    maxDiffRate: number;
    minCompared?: number;
}): ShadowVerdict;
