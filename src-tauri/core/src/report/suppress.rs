//! Small-cell suppression of a table of counts, with complementary suppression.
//!
//! A table is a grid of counts with its margins: a total column (when it has more than one
//! column) and a total row. Every count from 1 to 4, margins included, is *small* (primary
//! suppression, shown « < 5 »). A small cell alone on a row or a column could be recomputed from
//! the row's or column's total, so other cells are *hidden* too (complementary suppression, shown
//! « s »), chosen among the counts of 5 or more, the smallest first.
//!
//! What a reader of the table knows is modelled exactly: a shown cell is its value, a small one
//! lies between 1 and 4, a hidden one is 5 or more, and every row and column adds up to its
//! total. The bounds every suppressed cell can take are narrowed from these facts, line by line,
//! until nothing changes (interval propagation over every row and column together); a suppressed
//! cell whose bounds meet (one possible value) is disclosed, and another cell of its row or
//! column is hidden, until no suppressed cell is disclosed. What this does not do: it does not
//! solve the full integer problem (an attacker combining several lines with integer reasoning
//! beyond bounds may narrow a cell further), and zeros stay shown (a zero names nobody).

use serde::Serialize;

/// A row or a column of a full grid: its parts and its total, as (row, column) positions.
pub type Line = (Vec<(usize, usize)>, (usize, usize));

/// The smallest count shown as it is; below it (and above zero) a count is small.
pub const THRESHOLD: u64 = 5;
/// What a reader knows of a hidden cell's upper bound: nothing.
const UNBOUNDED: i64 = i64::MAX / 4;

/// A cell as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind", content = "value")]
pub enum Cell {
    /// The count, shown (0, or 5 and more).
    Count(u64),
    /// A count from 1 to 4, shown « < 5 ».
    Small,
    /// A count of 5 or more hidden so that a small one cannot be recomputed.
    Hidden,
}

/// A grid of counts with its margins, as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    /// Rows of the body, then the total row; each row: the body's columns, then the total column
    /// when there is more than one column. When `withheld`, the grand total alone: `[[total]]`.
    pub cells: Vec<Vec<Cell>>,
    /// The table is not broken down: its grand total is below the minimum, or no choice of
    /// hidden cells could keep its small ones from being worked out.
    pub withheld: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Shown,
    Small,
    Hidden,
}

/// The full grid of `body` (rows × columns) with its margins: the total column when there is more
/// than one column, and the total row.
pub fn with_margins(body: &[Vec<u64>]) -> Vec<Vec<u64>> {
    let cols = body.first().map_or(0, Vec::len);
    let total_col = cols > 1;
    let mut full: Vec<Vec<u64>> = body
        .iter()
        .map(|row| {
            let mut r = row.clone();
            if total_col {
                r.push(row.iter().sum());
            }
            r
        })
        .collect();
    let width = cols + usize::from(total_col);
    let total_row: Vec<u64> = (0..width)
        .map(|j| full.iter().map(|r| r[j]).sum())
        .collect();
    full.push(total_row);
    full
}

/// The lines of a full grid of `rows` × `width` (margins included): each is its parts and its
/// total, as (row, column) positions.
fn lines(rows: usize, width: usize, total_col: bool) -> Vec<Line> {
    let mut out = Vec::new();
    if total_col {
        for i in 0..rows {
            out.push(((0..width - 1).map(|j| (i, j)).collect(), (i, width - 1)));
        }
    }
    for j in 0..width {
        out.push(((0..rows - 1).map(|i| (i, j)).collect(), (rows - 1, j)));
    }
    out
}

/// Suppresses `body` (rows × columns, at least one of each): its full grid, margins included,
/// with small and hidden cells. `forced` lists cells of the full grid to hide whatever their
/// value (a margin another table shares, hidden there). A table whose grand total is below
/// `min_total` is withheld: so few people cannot be broken down safely (with every cell below 5,
/// their sum alone can give them away).
pub fn protect(body: &[Vec<u64>], forced: &[(usize, usize)], min_total: u64) -> Grid {
    let full = with_margins(body);
    let rows = full.len();
    let width = full[0].len();
    let grand_total = full[rows - 1][width - 1];
    let withheld = || Grid {
        cells: vec![vec![if (1..THRESHOLD).contains(&grand_total) {
            Cell::Small
        } else {
            Cell::Count(grand_total)
        }]],
        withheld: true,
    };
    if grand_total < min_total {
        return withheld();
    }
    let total_col = width > 1;
    let lines = lines(rows, width, total_col);
    let mut state: Vec<Vec<State>> = full
        .iter()
        .map(|r| {
            r.iter()
                .map(|&v| {
                    if (1..THRESHOLD).contains(&v) {
                        State::Small
                    } else {
                        State::Shown
                    }
                })
                .collect()
        })
        .collect();
    for &(i, j) in forced {
        if i < rows && j < width && state[i][j] == State::Shown && full[i][j] > 0 {
            state[i][j] = State::Hidden;
        }
    }
    // Each round hides one more cell: at most every cell of the grid.
    for _ in 0..=rows * width {
        let Some((i, j)) = disclosed(&full, &state, &lines) else {
            break;
        };
        match candidate(&full, &state, &lines, (i, j)) {
            Some((ci, cj)) => state[ci][cj] = State::Hidden,
            None => {
                // Nothing left to hide beside it: hide every count of the table.
                for (r, row) in state.iter_mut().enumerate() {
                    for (c, s) in row.iter_mut().enumerate() {
                        if *s == State::Shown && full[r][c] >= THRESHOLD {
                            *s = State::Hidden;
                        }
                    }
                }
                break;
            }
        }
    }
    if disclosed(&full, &state, &lines).is_some() {
        return withheld();
    }
    Grid {
        cells: published(&full, &state),
        withheld: false,
    }
}

/// The cells as published: each count, « < 5 » or hidden, as its state says.
fn published(full: &[Vec<u64>], state: &[Vec<State>]) -> Vec<Vec<Cell>> {
    full.iter()
        .zip(state)
        .map(|(values, states)| {
            values
                .iter()
                .zip(states)
                .map(|(&v, s)| match s {
                    State::Shown => Cell::Count(v),
                    State::Small => Cell::Small,
                    State::Hidden => Cell::Hidden,
                })
                .collect()
        })
        .collect()
}

/// A suppressed cell whose value a reader can work out, if any: one alone among the suppressed
/// cells of a row or column first (its own line gives it away, and hiding beside it also frees the
/// cells that were pinned through it), else the first found.
fn disclosed(full: &[Vec<u64>], state: &[Vec<State>], lines: &[Line]) -> Option<(usize, usize)> {
    let cells = published(full, state);
    let bounds = reader_bounds(&cells, lines);
    let mut pinned = Vec::new();
    for (i, row) in cells.iter().enumerate() {
        for (j, c) in row.iter().enumerate() {
            if *c != Cell::Count(full[i][j]) && bounds[i][j].0 >= bounds[i][j].1 {
                pinned.push((i, j));
            }
        }
    }
    let alone = |at: (usize, usize)| {
        lines
            .iter()
            .filter(|(parts, total)| *total == at || parts.contains(&at))
            .any(|(parts, total)| {
                parts
                    .iter()
                    .chain(std::iter::once(total))
                    .filter(|&&(i, j)| state[i][j] != State::Shown)
                    .count()
                    == 1
            })
    };
    pinned
        .iter()
        .copied()
        .find(|&at| alone(at))
        .or_else(|| pinned.first().copied())
}

/// Another cell to hide, on the row or the column of disclosed cell `at`: on the line holding
/// the fewest suppressed cells (the one that gives it away), a shown count of 5 or more, body
/// cells before margins, the smallest first; on the other line when that one has none.
fn candidate(
    full: &[Vec<u64>],
    state: &[Vec<State>],
    lines: &[Line],
    at: (usize, usize),
) -> Option<(usize, usize)> {
    let rows = full.len();
    let width = full[0].len();
    let is_margin = |(i, j): (usize, usize)| i == rows - 1 || (width > 1 && j == width - 1);
    let mut through: Vec<Vec<(usize, usize)>> = lines
        .iter()
        .filter(|(parts, total)| *total == at || parts.contains(&at))
        .map(|(parts, total)| {
            parts
                .iter()
                .chain(std::iter::once(total))
                .copied()
                .collect()
        })
        .collect();
    through.sort_by_key(|cells: &Vec<(usize, usize)>| {
        cells
            .iter()
            .filter(|&&(i, j)| state[i][j] != State::Shown)
            .count()
    });
    through.iter().find_map(|cells| {
        cells
            .iter()
            .copied()
            .filter(|&(i, j)| state[i][j] == State::Shown && full[i][j] >= THRESHOLD)
            .min_by_key(|&(i, j)| (is_margin((i, j)), full[i][j], i, j))
    })
}

/// The bounds a reader can give every cell of a published grid (full, margins included), from
/// what each kind of cell says and every row and column adding up: interval propagation to a
/// fixed point. A suppressed cell whose two bounds are equal is disclosed.
pub fn reader_bounds(cells: &[Vec<Cell>], lines: &[Line]) -> Vec<Vec<(i64, i64)>> {
    let mut b: Vec<Vec<(i64, i64)>> = cells
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Cell::Count(v) => (*v as i64, *v as i64),
                    Cell::Small => (1, THRESHOLD as i64 - 1),
                    Cell::Hidden => (THRESHOLD as i64, UNBOUNDED),
                })
                .collect()
        })
        .collect();
    for _ in 0..200 {
        let mut changed = false;
        for (parts, (ti, tj)) in lines {
            let lo_sum: i64 = parts.iter().map(|&(i, j)| b[i][j].0).sum();
            let hi_sum: i64 = parts
                .iter()
                .map(|&(i, j)| b[i][j].1)
                .fold(0i64, |a, x| a.saturating_add(x));
            let t = b[*ti][*tj];
            let nt = (t.0.max(lo_sum), t.1.min(hi_sum));
            if nt != t {
                b[*ti][*tj] = nt;
                changed = true;
            }
            let t = b[*ti][*tj];
            for (k, &(i, j)) in parts.iter().enumerate() {
                let p = b[i][j];
                let (mut others_lo, mut others_hi) = (0i64, 0i64);
                for (m, &(oi, oj)) in parts.iter().enumerate() {
                    if m != k {
                        others_lo = others_lo.saturating_add(b[oi][oj].0);
                        others_hi = others_hi.saturating_add(b[oi][oj].1);
                    }
                }
                // An unbounded side proves nothing.
                let lo = if others_hi >= UNBOUNDED {
                    p.0
                } else {
                    p.0.max(t.0 - others_hi)
                };
                let hi = if t.1 >= UNBOUNDED {
                    p.1
                } else {
                    p.1.min(t.1 - others_lo)
                };
                if (lo, hi) != p {
                    b[i][j] = (lo, hi);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    b
}

/// The rows and columns of a full grid of `rows` × `width` cells, margins included, for
/// [`reader_bounds`].
pub fn grid_lines(rows: usize, width: usize) -> Vec<Line> {
    lines(rows, width, width > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(body: &[Vec<u64>]) -> Grid {
        let g = protect(body, &[], 0);
        if g.withheld {
            return g;
        }
        let lines = grid_lines(g.cells.len(), g.cells[0].len());
        let bounds = reader_bounds(&g.cells, &lines);
        for (i, row) in g.cells.iter().enumerate() {
            for (j, c) in row.iter().enumerate() {
                if !matches!(c, Cell::Count(_)) {
                    assert!(
                        bounds[i][j].0 < bounds[i][j].1,
                        "cell ({i},{j}) can be worked out: {g:?}"
                    );
                }
            }
        }
        g
    }

    #[test]
    fn a_small_cell_alone_on_its_row_and_column_gets_company() {
        let g = published(&[vec![3, 20, 30], vec![12, 40, 7], vec![9, 15, 25]]);
        assert_eq!(g.cells[0][0], Cell::Small);
        let hidden_row0 = g.cells[0]
            .iter()
            .filter(|c| **c != Cell::Small)
            .filter(|c| **c == Cell::Hidden)
            .count();
        assert!(hidden_row0 >= 1, "{g:?}");
        let col0_hidden = g.cells.iter().filter(|r| r[0] == Cell::Hidden).count();
        assert!(col0_hidden >= 1, "{g:?}");
        assert_eq!(
            g.cells[3][3],
            Cell::Count(161),
            "the grand total stays: {g:?}"
        );
    }

    #[test]
    fn two_ones_adding_to_a_shown_two_are_hidden_further() {
        // 1 + 1 + 10 = 12: « < 5 » twice and 10 shown would give 2 for the pair, so 1 and 1.
        let g = published(&[vec![1], vec![1], vec![10]]);
        assert_eq!(g.cells[2][0], Cell::Hidden, "{g:?}");
    }

    #[test]
    fn zeros_stay_shown_and_a_table_of_zeros_is_left_alone() {
        let g = published(&[vec![0, 0], vec![0, 0]]);
        assert!(g.cells.iter().flatten().all(|c| *c == Cell::Count(0)));
        let g = published(&[vec![0, 7], vec![0, 9]]);
        assert_eq!(g.cells[0][0], Cell::Count(0));
    }

    #[test]
    fn a_forced_margin_is_hidden() {
        let g = protect(&[vec![10, 20], vec![30, 40]], &[(2, 0)], 10);
        assert_eq!(g.cells[2][0], Cell::Hidden);
    }

    #[test]
    fn every_small_table_is_protected_or_withheld() {
        // Every 2 × 2 table of counts 0..=6: no suppressed cell can be worked out, or the table is
        // withheld; from a grand total of 10 on, withheld only when nothing else works.
        let mut withheld = 0;
        for n in 0..7u64.pow(4) {
            let d = |k: u32| (n / 7u64.pow(k)) % 7;
            let body = [vec![d(0), d(1)], vec![d(2), d(3)]];
            let g = published(&body);
            if g.withheld {
                assert_eq!(g.cells.len(), 1, "only the grand total");
                withheld += 1;
            }
            if (0..4).map(d).sum::<u64>() < 10 {
                assert!(protect(&body, &[], 10).withheld);
            }
        }
        assert!(withheld < 7u64.pow(4) / 4, "{withheld} tables withheld");
    }

    #[test]
    fn four_ones_under_a_small_total_are_withheld() {
        // 1 + 1 + 1 + 1 = 4: every cell « < 5 », yet the total forces each to 1.
        let g = protect(&[vec![1, 1], vec![1, 1]], &[], 0);
        assert!(g.withheld);
        assert_eq!(g.cells, vec![vec![Cell::Small]]);
        assert!(
            protect(&[vec![3, 2], vec![0, 4]], &[], 10).withheld,
            "9 < 10"
        );
    }
}
