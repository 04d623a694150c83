/**
 * The suppression engine (plain Java, no Spring, nothing of the reporting module: see EnginePurityTest). It knows
 * counts and the sums that tie them ({@link kz.koshi.reporting.open.suppression.Sum}: a total and its parts), hides
 * every count of 1-4 (primary suppression) and then hides further counts (complementary suppression) until the
 * {@link kz.koshi.reporting.open.suppression.ProtectionRule} holds for every hidden small count against an attacker who
 * knows every shown count and every sum: linear programming bounds each hidden small count, and the interval must
 * reach both 0 and 5.
 */
package kz.koshi.reporting.open.suppression;
