//! French postal conventions the office names and addresses need.
//!
//! - The « de » form of a place name follows the INSEE TNCC code (`typeLiaison` in the COG):
//!   « Préfecture de la Seine-Saint-Denis », « du Rhône », « de l'Ain », « Sous-préfecture du
//!   Raincy », « de L'Haÿ-les-Roses ».
//! - An address for a window envelope has at most 6 lines of at most 38 characters, and ends with
//!   the postcode followed by the town in capitals, without accents or punctuation (La Poste /
//!   NF Z10-011 usage; ../shared/domain/legal-facts.md §6 marks it [I]).

use crate::text::fold;

/// Most lines on a French address block.
pub const MAX_LINES: usize = 6;
/// Most characters on one line of a French address block.
pub const MAX_LINE_CHARS: usize = 38;

/// « de X » for a place named `name` with INSEE TNCC code `type_liaison`.
///
/// Département names come without their article (« Seine-Saint-Denis », TNCC 3) and get a
/// lower-case one; commune names carry theirs (« Le Raincy », TNCC 2), which is contracted or
/// kept capitalised, as French addresses write them.
pub fn de_form(name: &str, type_liaison: u8) -> String {
    let strip = |article: &str| name.strip_prefix(article);
    match type_liaison {
        1 => format!("d'{name}"),
        2 => format!("du {}", strip("Le ").unwrap_or(name)),
        3 if name.starts_with("La ") => format!("de {name}"),
        3 => format!("de la {name}"),
        4 => format!("des {}", strip("Les ").unwrap_or(name)),
        5 if name.starts_with("L'") => format!("de {name}"),
        5 => format!("de l'{name}"),
        6 => format!("des {}", strip("Aux ").unwrap_or(name)),
        7 if name.starts_with("Las ") => format!("de {name}"),
        7 => format!("de las {name}"),
        8 if name.starts_with("Los ") => format!("de {name}"),
        8 => format!("de los {name}"),
        _ => format!("de {name}"),
    }
}

/// The last line of an address: « 93000 BOBIGNY », « 91010 EVRY COURCOURONNES CEDEX ».
pub fn town_line(postcode: &str, town: &str) -> String {
    let town: String = fold(town)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                ' '
            }
        })
        .collect();
    let town = town.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{postcode} {town}").trim().to_string()
}

/// Splits `line` at spaces into pieces of at most [`MAX_LINE_CHARS`] characters. A single word
/// longer than that is left whole: cutting it would make the address wrong, not shorter.
pub fn wrap(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in line.split_whitespace() {
        let needed =
            current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if !current.is_empty() && needed > MAX_LINE_CHARS {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A postal box written as La Poste writes it, its number after a space: « CS10701 » → « CS
/// 10701 », likewise BP and TSA (PDF review, 2026-12-05: the annuaire writes Évry's without it).
fn box_number_spaced(line: &str) -> String {
    line.split(' ')
        .map(|word| {
            for prefix in ["CS", "BP", "TSA"] {
                if let Some(number) = word.strip_prefix(prefix) {
                    if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
                        return format!("{prefix} {number}");
                    }
                }
            }
            word.to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The address block: `name` then `address` lines, each wrapped to 38 characters. When that makes
/// more than 6 lines, the lines that route the least (the first address lines, building names)
/// are dropped first; the name, the street, the BP/CS and the town line are kept.
pub fn envelope(name: &str, address: &[String]) -> Vec<String> {
    let name_lines = wrap(name);
    let mut address_lines: Vec<Vec<String>> = address
        .iter()
        .map(|l| wrap(&box_number_spaced(l)))
        .filter(|l| !l.is_empty())
        .collect();
    let count = |a: &Vec<Vec<String>>| name_lines.len() + a.iter().map(Vec::len).sum::<usize>();
    // Keep the last three address lines (street, BP/CS, town) whatever happens.
    while count(&address_lines) > MAX_LINES && address_lines.len() > 3 {
        address_lines.remove(0);
    }
    name_lines
        .into_iter()
        .chain(address_lines.into_iter().flatten())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postal_box_number_follows_its_letters_after_a_space() {
        assert_eq!(box_number_spaced("CS10701"), "CS 10701");
        assert_eq!(box_number_spaced("BP 123"), "BP 123");
        assert_eq!(box_number_spaced("TSA50001 Cedex"), "TSA 50001 Cedex");
        assert_eq!(box_number_spaced("CSA12 rue"), "CSA12 rue", "not a box");
        assert_eq!(
            box_number_spaced("Boulevard de France"),
            "Boulevard de France"
        );
    }

    #[test]
    fn de_form_follows_the_insee_liaison_code() {
        assert_eq!(de_form("Seine-Saint-Denis", 3), "de la Seine-Saint-Denis");
        assert_eq!(de_form("Rhône", 2), "du Rhône");
        assert_eq!(de_form("Ain", 5), "de l'Ain");
        assert_eq!(de_form("Bouches-du-Rhône", 4), "des Bouches-du-Rhône");
        assert_eq!(de_form("Mayotte", 0), "de Mayotte");
        assert_eq!(de_form("La Réunion", 0), "de La Réunion");
        assert_eq!(
            de_form("Le Raincy", 2),
            "du Raincy",
            "« Le » contracts to « du »"
        );
        assert_eq!(
            de_form("La Trinité", 3),
            "de La Trinité",
            "a commune keeps its capital article"
        );
        assert_eq!(de_form("L'Haÿ-les-Roses", 5), "de L'Haÿ-les-Roses");
        assert_eq!(de_form("Les Sables-d'Olonne", 4), "des Sables-d'Olonne");
        assert_eq!(de_form("Istres", 1), "d'Istres");
    }

    #[test]
    fn town_line_is_capitals_without_accents_or_punctuation() {
        assert_eq!(town_line("93000", "Bobigny"), "93000 BOBIGNY");
        assert_eq!(
            town_line("91010", "Évry Courcouronnes Cedex"),
            "91010 EVRY COURCOURONNES CEDEX"
        );
        assert_eq!(
            town_line("94240", "L'Haÿ-les-Roses"),
            "94240 L HAY LES ROSES"
        );
    }

    #[test]
    fn long_lines_wrap_at_spaces_within_38_characters() {
        let lines = wrap("Représentation de l'État à Saint-Barthélemy");
        assert_eq!(
            lines,
            vec!["Représentation de l'État à", "Saint-Barthélemy"]
        );
        assert!(lines.iter().all(|l| l.chars().count() <= MAX_LINE_CHARS));
    }

    #[test]
    fn envelope_drops_building_names_before_street_and_town() {
        let address: Vec<String> = [
            "Bâtiment A",
            "Tour Ouest, 10e étage",
            "Centre administratif départemental",
            "147 boulevard du Mercantour",
            "CS 12345",
            "06286 NICE CEDEX 3",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let lines = envelope("Préfecture des Alpes-Maritimes", &address);
        assert_eq!(lines.len(), MAX_LINES, "six lines at most: {lines:?}");
        assert_eq!(
            lines.last().map(String::as_str),
            Some("06286 NICE CEDEX 3"),
            "the town line is never dropped"
        );
        assert!(
            lines.contains(&"147 boulevard du Mercantour".to_string()),
            "the street is never dropped"
        );
        assert_eq!(lines[0], "Préfecture des Alpes-Maritimes");
    }
}
