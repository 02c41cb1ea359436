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
//! total. These facts make the table a *circulation* (a flow network: each row and each column a
//! node, each cell an arc between them, the totals arcs through a hub), and the values a reader
//! can give a suppressed cell are exactly those of the circulations that respect every bound — an
//! integer interval, since the network's matrix is totally unimodular. A suppressed cell is
//! *disclosed* when that interval holds one value: no cycle of the residual network passes through
//! it, either way ([`Flow::can_move`]). Then another cell of its row or column is hidden, until no
//! suppressed cell is disclosed. This is exact for one table, whatever the reasoning of the
//! reader (review, 2026-12-04: the former line-by-line interval propagation let a reader who
//! combined rows and columns pin five cells of an age table).
//!
//! Tables that share their total row (the persons by sex) are checked together by the report
//! ([`crate::report`]): what each table alone allows of a shared total is intersected, and fed
//! back as [`Known`] bounds. Zeros stay shown (a zero names nobody).

use std::collections::VecDeque;

use serde::Serialize;

/// A row or a column of a full grid: its parts and its total, as (row, column) positions.
pub type Line = (Vec<(usize, usize)>, (usize, usize));

/// The smallest count shown as it is; below it (and above zero) a count is small.
pub const THRESHOLD: u64 = 5;
/// What a reader knows of a hidden cell's upper bound: nothing.
pub const UNBOUNDED: i64 = i64::MAX / 4;

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

/// What a reader knows of a cell from elsewhere (another table sharing it): it lies between `lo`
/// and `hi`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known {
    /// The cell, as (row, column) of the full grid.
    pub at: (usize, usize),
    /// Its least possible value.
    pub lo: i64,
    /// Its greatest possible value ([`UNBOUNDED`] for no bound).
    pub hi: i64,
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
///
/// `known` gives what a reader learns of some cells from elsewhere (a total another table
/// shares): the check takes it into account, and leaves to the caller a cell it alone pins.
pub fn protect(
    body: &[Vec<u64>],
    forced: &[(usize, usize)],
    min_total: u64,
    known: &[Known],
) -> Grid {
    let full = with_margins(body);
    let rows = full.len();
    let width = full[0].len();
    let grand_total = full[rows - 1][width - 1];
    // A grand total hidden elsewhere stays hidden here, even when nothing else is published.
    let grand_hidden = grand_total >= THRESHOLD && forced.contains(&(rows - 1, width - 1));
    let withheld = || Grid {
        cells: vec![vec![if (1..THRESHOLD).contains(&grand_total) {
            Cell::Small
        } else if grand_hidden {
            Cell::Hidden
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
        let Some((i, j)) = disclosed(&full, &state, &lines, known) else {
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
    if disclosed(&full, &state, &lines, known).is_some() {
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
/// cells that were pinned through it), else the first found. A cell that `known` alone pins is
/// the caller's to free, not this table's.
fn disclosed(
    full: &[Vec<u64>],
    state: &[Vec<State>],
    lines: &[Line],
    known: &[Known],
) -> Option<(usize, usize)> {
    let cells = published(full, state);
    let flow = Flow::new(full, &cells, known);
    let pinned: Vec<(usize, usize)> = (0..flow.arcs.len())
        .filter(|&k| {
            let a = flow.arcs[k];
            let (i, j) = a.cell;
            cells[i][j] != Cell::Count(full[i][j])
                && a.lo < a.hi
                && !flow.can_move(k, true)
                && !flow.can_move(k, false)
        })
        .map(|k| flow.arcs[k].cell)
        .collect();
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

/// One cell of the table as an arc of the circulation: between its row's and its column's nodes
/// (a total: between its line's node and the hub), with the bounds a reader knows and its value.
#[derive(Debug, Clone, Copy)]
struct Arc {
    from: usize,
    to: usize,
    lo: i64,
    hi: i64,
    value: i64,
    cell: (usize, usize),
}

/// The two nodes a cell's arc joins, from its (row, column).
type Ends = dyn Fn(usize, usize) -> (usize, usize);

/// What a reader can tell of one suppressed cell: `None` when it can take two values or more,
/// else its one value.
pub type Open = ((usize, usize), Option<i64>);

/// A published table as a circulation ([module docs](self)), holding its true values.
#[derive(Debug, Clone)]
struct Flow {
    nodes: usize,
    arcs: Vec<Arc>,
}

impl Flow {
    /// The circulation of `full` (the true values, margins included) as `cells` publish it, with
    /// what `known` adds.
    fn new(full: &[Vec<u64>], cells: &[Vec<Cell>], known: &[Known]) -> Flow {
        let rows = full.len();
        let width = full[0].len();
        let body_rows = rows - 1;
        // Nodes: one per body row, one per body column, the hub's two sides. One column only:
        // the hub and the column (each row is an arc into the column, the total the way back).
        let (nodes, ends): (usize, Box<Ends>) = if width > 1 {
            let cols = width - 1;
            let hub_in = body_rows + cols;
            let hub_out = hub_in + 1;
            (
                hub_out + 1,
                Box::new(move |i, j| match (i == body_rows, j == cols) {
                    (false, false) => (i, body_rows + j),
                    (false, true) => (hub_out, i),
                    (true, false) => (body_rows + j, hub_in),
                    (true, true) => (hub_in, hub_out),
                }),
            )
        } else {
            (
                2,
                Box::new(move |i, _| if i == body_rows { (1, 0) } else { (0, 1) }),
            )
        };
        let mut arcs = Vec::with_capacity(rows * width);
        for (i, row) in cells.iter().enumerate() {
            for (j, cell) in row.iter().enumerate() {
                let (mut lo, mut hi) = match cell {
                    Cell::Count(v) => (*v as i64, *v as i64),
                    Cell::Small => (1, THRESHOLD as i64 - 1),
                    Cell::Hidden => (THRESHOLD as i64, UNBOUNDED),
                };
                for k in known.iter().filter(|k| k.at == (i, j)) {
                    lo = lo.max(k.lo);
                    hi = hi.min(k.hi);
                }
                let (from, to) = ends(i, j);
                arcs.push(Arc {
                    from,
                    to,
                    lo,
                    hi,
                    value: full[i][j] as i64,
                    cell: (i, j),
                });
            }
        }
        Flow { nodes, arcs }
    }

    /// A path from `start` to `goal` through arcs with room (forward below their upper bound,
    /// backward above their lower one), never through arc `skip`: each step, an arc and whether
    /// it is taken forward. Breadth first: the shortest.
    fn path(&self, start: usize, goal: usize, skip: usize) -> Option<Vec<(usize, bool)>> {
        let mut came: Vec<Option<(usize, bool, usize)>> = vec![None; self.nodes];
        let mut seen = vec![false; self.nodes];
        seen[start] = true;
        let mut queue = VecDeque::from([start]);
        while let Some(u) = queue.pop_front() {
            if u == goal {
                break;
            }
            for (k, a) in self.arcs.iter().enumerate().filter(|(k, _)| *k != skip) {
                let steps = [
                    (a.from, a.to, a.value < a.hi, true),
                    (a.to, a.from, a.value > a.lo, false),
                ];
                for (from, to, room, forward) in steps {
                    if from == u && room && !seen[to] {
                        seen[to] = true;
                        came[to] = Some((k, forward, u));
                        queue.push_back(to);
                    }
                }
            }
        }
        if !seen[goal] {
            return None;
        }
        let mut steps = Vec::new();
        let mut at = goal;
        while at != start {
            let (k, forward, from) = came[at]?;
            steps.push((k, forward));
            at = from;
        }
        Some(steps)
    }

    /// True if arc `k` can take one more (`up`) or one less: another table of values, every bound
    /// kept, differs from the true one there — a cycle through it in the residual network.
    fn can_move(&self, k: usize, up: bool) -> bool {
        let a = self.arcs[k];
        if up {
            a.value < a.hi && self.path(a.to, a.from, k).is_some()
        } else {
            a.value > a.lo && self.path(a.from, a.to, k).is_some()
        }
    }

    /// Every value a reader can give arc `k`: its least and greatest ([`UNBOUNDED`] for none),
    /// by pushing along residual cycles through it until none is left.
    fn range(&self, k: usize) -> (i64, i64) {
        let extreme = |up: bool| {
            let mut flow = self.clone();
            loop {
                let a = flow.arcs[k];
                let room = if up { a.hi - a.value } else { a.value - a.lo };
                match flow.augment(k, up, room) {
                    None => return flow.arcs[k].value,
                    Some(pushed) if pushed >= UNBOUNDED / 2 => return UNBOUNDED,
                    Some(_) => {}
                }
            }
        };
        (extreme(false), extreme(true))
    }

    /// Moves arc `k` up (or down) by as much as one residual cycle through it allows, at most
    /// `limit`: the amount moved, or `None` when no cycle is left (or `limit` is 0). An arc of
    /// the cycle taken forward gains what is pushed, one taken backward loses it; `k` itself
    /// gains it (up) or loses it (down), closing the cycle. Arcs out of their bounds (a value
    /// being fixed, [`open_cells`]) only ever move toward them.
    fn augment(&mut self, k: usize, up: bool, limit: i64) -> Option<i64> {
        if limit <= 0 {
            return None;
        }
        let a = self.arcs[k];
        let path = if up {
            self.path(a.to, a.from, k)
        } else {
            self.path(a.from, a.to, k)
        }?;
        let push = path.iter().fold(limit, |push, &(j, forward)| {
            let b = self.arcs[j];
            push.min(if forward {
                b.hi - b.value
            } else {
                b.value - b.lo
            })
        });
        self.arcs[k].value += if up { push } else { -push };
        for &(j, forward) in &path {
            self.arcs[j].value += if forward { push } else { -push };
        }
        Some(push)
    }
}

/// Every value a reader can give cell `at` (of the full grid of `body`, margins included) from
/// `cells` as published and every row and column adding up: its least and greatest
/// ([`UNBOUNDED`] for none). Exact for one table ([module docs](self)).
pub fn range_in(body: &[Vec<u64>], cells: &[Vec<Cell>], at: (usize, usize)) -> (i64, i64) {
    let full = with_margins(body);
    let flow = Flow::new(&full, cells, &[]);
    flow.arcs
        .iter()
        .position(|a| a.cell == at)
        .map_or((0, UNBOUNDED), |k| flow.range(k))
}

/// What a reader can tell of each suppressed cell of a published table once the cells of
/// `fixed` are given those values (a total another table pins down): `None` when no table of
/// values agrees with them; else each other suppressed cell, with `None` when it can still take
/// two values or more, its one value when it cannot. A withheld table tells nothing but its
/// grand total.
pub fn open_cells(
    body: &[Vec<u64>],
    grid: &Grid,
    fixed: &[((usize, usize), i64)],
) -> Option<Vec<Open>> {
    let full = with_margins(body);
    if grid.withheld {
        let grand = (full.len() - 1, full[0].len() - 1);
        let (lo, hi) = range_of(body, grid, grand);
        let agrees = fixed
            .iter()
            .all(|&(at, v)| at != grand || (lo..=hi).contains(&v));
        return agrees.then(Vec::new);
    }
    let mut flow = Flow::new(&full, &grid.cells, &[]);
    let index = |flow: &Flow, at: (usize, usize)| flow.arcs.iter().position(|a| a.cell == at);
    let mut ks = Vec::new();
    for &(at, v) in fixed {
        let k = index(&flow, at)?;
        let a = &mut flow.arcs[k];
        if v < a.lo || v > a.hi {
            return None;
        }
        a.lo = v;
        a.hi = v;
        ks.push((k, v));
    }
    for &(k, target) in &ks {
        // Out-of-kilter: move the arc to its value along cycles that move no other arc away from
        // its bounds; when none is left, no circulation agrees (Hoffman).
        while flow.arcs[k].value != target {
            let value = flow.arcs[k].value;
            flow.augment(k, value < target, (target - value).abs())?;
        }
    }
    Some(
        (0..flow.arcs.len())
            .filter(|&k| {
                let (i, j) = flow.arcs[k].cell;
                !matches!(grid.cells[i][j], Cell::Count(_)) && ks.iter().all(|&(f, _)| f != k)
            })
            .map(|k| {
                let pinned = !flow.can_move(k, true) && !flow.can_move(k, false);
                (flow.arcs[k].cell, pinned.then_some(flow.arcs[k].value))
            })
            .collect(),
    )
}

/// Another cell to hide in a published table so that its cell `at`, pinned, is freed: what
/// [`protect`] hides itself (on `at`'s row or column, a shown count of 5 or more, the smallest).
pub fn next_to_hide(body: &[Vec<u64>], grid: &Grid, at: (usize, usize)) -> Option<(usize, usize)> {
    if grid.withheld {
        return None;
    }
    let full = with_margins(body);
    let state: Vec<Vec<State>> = grid
        .cells
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Cell::Count(_) => State::Shown,
                    Cell::Small => State::Small,
                    Cell::Hidden => State::Hidden,
                })
                .collect()
        })
        .collect();
    let lines = grid_lines(full.len(), full[0].len());
    candidate(&full, &state, &lines, at)
}

/// [`range_in`] for a table as [`protect`] published it: a withheld table tells its grand total
/// only, nothing of another cell.
pub fn range_of(body: &[Vec<u64>], grid: &Grid, at: (usize, usize)) -> (i64, i64) {
    if !grid.withheld {
        return range_in(body, &grid.cells, at);
    }
    let full = with_margins(body);
    let grand = (full.len() - 1, full[0].len() - 1);
    match (at == grand, grid.cells[0][0]) {
        (false, _) => (0, UNBOUNDED),
        (true, Cell::Count(v)) => (v as i64, v as i64),
        (true, Cell::Small) => (1, THRESHOLD as i64 - 1),
        (true, Cell::Hidden) => (THRESHOLD as i64, UNBOUNDED),
    }
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

/// Numbers drawn from `seed` (a linear congruential generator): the brute-force tests' tables,
/// the same on every run.
#[cfg(test)]
pub(crate) fn draws(mut seed: u64) -> impl FnMut(u64) -> u64 {
    move |n| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    }
}

/// True when a true count `v` agrees with cell `c` as published: what a reader checks.
#[cfg(test)]
pub(crate) fn agrees(v: u64, c: Cell) -> bool {
    match c {
        Cell::Count(n) => v == n,
        Cell::Small => (1..THRESHOLD).contains(&v),
        Cell::Hidden => v >= THRESHOLD,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(body: &[Vec<u64>]) -> Grid {
        let g = protect(body, &[], 0, &[]);
        if g.withheld {
            return g;
        }
        for (i, row) in g.cells.iter().enumerate() {
            for (j, c) in row.iter().enumerate() {
                if !matches!(c, Cell::Count(_)) {
                    let (lo, hi) = range_in(body, &g.cells, (i, j));
                    assert!(lo < hi, "cell ({i},{j}) is {lo} whatever: {g:?}");
                }
            }
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
        let g = protect(&[vec![10, 20], vec![30, 40]], &[(2, 0)], 10, &[]);
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
                assert!(protect(&body, &[], 10, &[]).withheld);
            }
        }
        assert!(withheld < 7u64.pow(4) / 4, "{withheld} tables withheld");
    }

    /// An independent check, by brute force: every 3 × 2 table whose values (up to 7) agree
    /// with what is published, for tables drawn at random; no suppressed cell may hold the
    /// same value in all of them.
    #[test]
    fn no_suppressed_cell_is_the_same_in_every_table_that_fits_what_is_published() {
        let mut next = draws(0x2545_f491);
        let mut checked = 0;
        for _ in 0..16 {
            let body: Vec<Vec<u64>> = (0..3).map(|_| vec![next(7), next(7)]).collect();
            let g = protect(&body, &[], 0, &[]);
            if g.withheld {
                continue;
            }
            // Each cell of the full 4 × 3 grid: the values seen in the tables that fit.
            let mut seen = [[0u64; 3]; 4];
            for n in 0..8u64.pow(6) {
                let b: [u64; 6] = std::array::from_fn(|k| (n >> (3 * k)) & 7);
                let full = [
                    [b[0], b[1], b[0] + b[1]],
                    [b[2], b[3], b[2] + b[3]],
                    [b[4], b[5], b[4] + b[5]],
                    [b[0] + b[2] + b[4], b[1] + b[3] + b[5], b.iter().sum()],
                ];
                let fits = (0..4).all(|i| (0..3).all(|j| agrees(full[i][j], g.cells[i][j])));
                if fits {
                    for i in 0..4 {
                        for j in 0..3 {
                            seen[i][j] |= 1 << full[i][j];
                        }
                    }
                }
            }
            for (i, row) in g.cells.iter().enumerate() {
                for (j, c) in row.iter().enumerate() {
                    if !matches!(c, Cell::Count(_)) {
                        assert!(seen[i][j].count_ones() > 1, "{body:?} → {g:?}: ({i},{j})");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 10, "{checked} suppressed cells checked");
    }

    /// The age table a review attacked (2026-12-04): published with the former line-by-line
    /// check, combining its rows and columns gave five of its « < 5 » exactly (25–34 women: 4).
    #[test]
    fn the_age_table_a_review_broke_keeps_every_suppressed_cell_open() {
        let body = vec![
            vec![1, 1, 1],
            vec![5, 3, 2],
            vec![4, 5, 2],
            vec![13, 1, 3],
            vec![6, 9, 6],
            vec![3, 5, 1],
        ];
        let g = published(&body);
        assert!(!g.withheld, "{g:?}");
        assert_eq!(g.cells[6][3], Cell::Count(71), "the grand total stays");
    }

    /// 3 × 3 tables of counts 0, 1, 4 and 9 (one in 97 of them, spread over all): none of their
    /// suppressed cells is pinned, by the exact check the helper `published` makes.
    #[test]
    fn three_by_three_tables_keep_every_suppressed_cell_open() {
        for n in (0..4u64.pow(9)).step_by(97) {
            let v = |k: u32| [0, 1, 4, 9][((n / 4u64.pow(k)) % 4) as usize];
            let body: Vec<Vec<u64>> = (0..3)
                .map(|r| (0..3).map(|c| v(r * 3 + c)).collect())
                .collect();
            published(&body);
        }
    }

    #[test]
    fn four_ones_under_a_small_total_are_withheld() {
        // 1 + 1 + 1 + 1 = 4: every cell « < 5 », yet the total forces each to 1.
        let g = protect(&[vec![1, 1], vec![1, 1]], &[], 0, &[]);
        assert!(g.withheld);
        assert_eq!(g.cells, vec![vec![Cell::Small]]);
        assert!(
            protect(&[vec![3, 2], vec![0, 4]], &[], 10, &[]).withheld,
            "9 < 10"
        );
    }
}
