package io.cotrain.training.group;

import java.util.Arrays;

/**
 * A maximum-weight assignment of rows to columns (the Hungarian algorithm, Kuhn–Munkres with potentials, O(r²·c)
 * for r ≤ c): each row gets at most one column, each column at most one row, and the sum of the chosen weights is
 * the largest possible. Weights are ≥ 0; a weight of 0 means "not allowed", so a row whose best is 0 stays
 * unassigned. Deterministic: ties go to the lower column (and, transposed, the lower row).
 * <p>
 * Callers encode several goals in one weight lexicographically (e.g. first place as many people as possible, then
 * maximise the score), which is why weights are {@code long}s and overflow is checked.
 */
final class OptimalAssignment {

	/** Beyond this, sums of weights along an augmenting path could overflow. */
	static final long MAX_TOTAL = Long.MAX_VALUE / 4;

	private OptimalAssignment() {
	}

	/** For each row the chosen column, or -1. */
	static int[] maximise(long[][] weights) {
		int rows = weights.length;
		int columns = rows == 0 ? 0 : weights[0].length;
		if (rows == 0 || columns == 0) {
			int[] none = new int[rows];
			Arrays.fill(none, -1);
			return none;
		}
		long max = 0;
		for (long[] row : weights) {
			if (row.length != columns) {
				throw new IllegalArgumentException("ragged weight matrix");
			}
			for (long w : row) {
				if (w < 0) {
					throw new IllegalArgumentException("negative weight " + w);
				}
				max = Math.max(max, w);
			}
		}
		if (max > MAX_TOTAL / (Math.max(rows, columns) + 1L)) {
			throw new IllegalArgumentException("weights too large for " + rows + " × " + columns);
		}
		int[] chosen = rows <= columns ? solve(weights, rows, columns, max, false) : transposed(weights, rows, columns, max);
		for (int r = 0; r < rows; r++) {
			if (chosen[r] >= 0 && weights[r][chosen[r]] == 0) {
				chosen[r] = -1;
			}
		}
		return chosen;
	}

	private static int[] transposed(long[][] weights, int rows, int columns, long max) {
		int[] columnToRow = solve(weights, columns, rows, max, true);
		int[] chosen = new int[rows];
		Arrays.fill(chosen, -1);
		for (int c = 0; c < columns; c++) {
			if (columnToRow[c] >= 0) {
				chosen[columnToRow[c]] = c;
			}
		}
		return chosen;
	}

	/**
	 * Minimum-cost assignment of every one of {@code n} rows to one of {@code m ≥ n} columns with cost max − weight
	 * (e-maxx's formulation, 1-based, {@code p[j]} the row of column j, {@code u}/{@code v} the potentials).
	 */
	private static int[] solve(long[][] weights, int n, int m, long max, boolean transpose) {
		long infinity = Long.MAX_VALUE / 2;
		long[] u = new long[n + 1];
		long[] v = new long[m + 1];
		int[] p = new int[m + 1];
		int[] way = new int[m + 1];
		for (int i = 1; i <= n; i++) {
			p[0] = i;
			int j0 = 0;
			long[] minv = new long[m + 1];
			Arrays.fill(minv, infinity);
			boolean[] used = new boolean[m + 1];
			do {
				used[j0] = true;
				int i0 = p[j0];
				long delta = infinity;
				int j1 = 0;
				for (int j = 1; j <= m; j++) {
					if (!used[j]) {
						long w = transpose ? weights[j - 1][i0 - 1] : weights[i0 - 1][j - 1];
						long cur = (max - w) - u[i0] - v[j];
						if (cur < minv[j]) {
							minv[j] = cur;
							way[j] = j0;
						}
						if (minv[j] < delta) {
							delta = minv[j];
							j1 = j;
						}
					}
				}
				for (int j = 0; j <= m; j++) {
					if (used[j]) {
						u[p[j]] += delta;
						v[j] -= delta;
					}
					else {
						minv[j] -= delta;
					}
				}
				j0 = j1;
			}
			while (p[j0] != 0);
			do {
				int j1 = way[j0];
				p[j0] = p[j1];
				j0 = j1;
			}
			while (j0 != 0);
		}
		int[] chosen = new int[n];
		Arrays.fill(chosen, -1);
		for (int j = 1; j <= m; j++) {
			if (p[j] != 0) {
				chosen[p[j] - 1] = j - 1;
			}
		}
		return chosen;
	}
}
