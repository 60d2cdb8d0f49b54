//! The words and names stories are made of: a Zipfian vocabulary and lists of names.

use crate::Rng;

/// Function words and news words, most frequent first: the head of the distribution.
/// Everything after them is made of syllables.
const COMMON: &str = "the of and to a in that is was for on said it with as by at he from his \
    be an have are this which has were but not had they after their been its who will more \
    one would also year new two first or she her we people about than last over up out into \
    when there other years government city council police minister company state time could \
    some can week market press report water local president court officials told made \
    before under since three monday tuesday wednesday thursday friday saturday sunday \
    country million percent public national workers school health plan members early home \
    mayor union port river bridge strike election vote budget bank prices energy housing \
    hospital families children village harbour mine rescue storm ferry station board chief \
    director spokesman statement investigation agreement talks deal tax fund project site \
    power rail road airport club match season team festival museum library trial judge \
    inquiry safety weather flood fire transport services residents community leaders";

const SYLLABLES: &[&str] = &[
    "ka", "ren", "tol", "mar", "vi", "sen", "do", "lu", "bra", "che", "fin", "gor", "hal", "is",
    "jo", "kel", "lim", "no", "pra", "qui", "ros", "sta", "tur", "ul", "ven", "wes", "yor", "zan",
    "ber", "cor", "dal", "el", "fen", "gil", "hor", "in", "kor", "lan", "mel", "nor", "or", "pel",
    "ran", "sol", "tan", "um", "vel", "wil", "ex", "ard", "ish", "ton",
];

/// Words in Zipf order: the word of rank `r` (from 0) is drawn with weight `1/(r+1)`.
/// The same for every seed, so a bench can name a common or a rare word.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocabulary {
    /// Number of distinct words.
    pub const SIZE: usize = 50_000;

    /// Builds the vocabulary (deterministic; about 50,000 words).
    pub fn new() -> Vocabulary {
        let mut words: Vec<String> = COMMON.split_whitespace().map(str::to_owned).collect();
        let mut seen: std::collections::HashSet<String> = words.iter().cloned().collect();
        let mut rng = Rng::new(0x005e_ed0f_70c4);
        while words.len() < Self::SIZE {
            let syllables = 2 + rng.below(3);
            let word: String = (0..syllables).map(|_| rng.pick(SYLLABLES)).collect();
            if seen.insert(word.clone()) {
                words.push(word);
            }
        }
        let mut total = 0.0;
        let cumulative = (0..words.len())
            .map(|rank| {
                total += 1.0 / (rank as f64 + 1.0);
                total
            })
            .collect();
        Vocabulary { words, cumulative }
    }

    /// The word of rank `rank` (0 is the most frequent).
    ///
    /// # Panics
    /// When `rank >= Vocabulary::SIZE`.
    pub fn word(&self, rank: usize) -> &str {
        &self.words[rank]
    }

    pub(crate) fn sample(&self, rng: &mut Rng) -> &str {
        let total = *self.cumulative.last().expect("the vocabulary is not empty");
        let at = rng.unit() * total;
        let rank = self.cumulative.partition_point(|&c| c < at);
        &self.words[rank.min(self.words.len() - 1)]
    }
}

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary::new()
    }
}

pub(crate) const FIRST_NAMES: &[&str] = &[
    "Ada", "Bram", "Carys", "Dmitri", "Elif", "Farid", "Greta", "Hamish", "Ines", "Jonas", "Keiko",
    "Lorcan", "Maren", "Nikolai", "Odile", "Pavel", "Quentin", "Rosalind", "Soren", "Tamsin",
    "Ugo", "Verity", "Wendell", "Ximena", "Yusuf", "Zofia", "Amara", "Bastien", "Chiara",
    "Desmond", "Eamon", "Freya", "Gideon", "Hana", "Ivo", "Juno",
];

pub(crate) const SURNAMES: &[&str] = &[
    "Okafor",
    "Brennick",
    "Castellane",
    "Dunmore",
    "Esterhazy",
    "Falkner",
    "Grimsby",
    "Halloran",
    "Ingleby",
    "Jessop",
    "Kowalczyk",
    "Lindqvist",
    "Marchetti",
    "Nakamura",
    "Oyelaran",
    "Pemberton",
    "Quarrie",
    "Ravensworth",
    "Szabo",
    "Trevanion",
    "Underhill",
    "Vasquez",
    "Whitlock",
    "Yardley",
    "Zeller",
    "Abernethy",
    "Blackwood",
    "Carrow",
    "Delacroix",
    "Ellingham",
    "Fairweather",
    "Gallagher",
    "Hargreaves",
    "Ibsen",
];

pub(crate) const PLACES: &[&str] = &[
    "Port Alden",
    "Velsenhaven",
    "Fort Calder",
    "Polwenna",
    "Ashby Marsh",
    "Kettleby",
    "Tarnbeck",
    "Brightwater",
    "Westmoor",
    "Gull Point",
    "Carrick Isles",
    "Rellmouth",
    "Norbury Cross",
    "Hallow Fen",
    "Stourgate",
    "Lindenfeld",
    "Montalba",
    "Saint-Aubin",
    "Keswold",
    "Marrowby",
    "Cairnholm",
    "Oakenshaw",
    "Easterly",
    "Dunhaven",
];

pub(crate) const ORG_SUFFIXES: &[&str] = &[
    "Holdings",
    "Mining Company",
    "Port Authority",
    "Rail",
    "Bank",
    "Workers Union",
    "Institute",
    "Foundation",
    "Energy",
    "Shipping",
    "Hospital Trust",
    "Football Club",
];

pub(crate) const SECTIONS: &[&str] = &[
    "News", "Business", "Politics", "World", "Local", "Sport", "Science", "Culture",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_come_first_and_words_are_distinct() {
        let vocab = Vocabulary::new();
        assert_eq!(vocab.word(0), "the");
        assert_eq!(vocab.words.len(), Vocabulary::SIZE);
        let distinct: std::collections::HashSet<_> = vocab.words.iter().collect();
        assert_eq!(distinct.len(), Vocabulary::SIZE);
    }

    #[test]
    fn frequent_words_are_drawn_more_often() {
        let vocab = Vocabulary::new();
        let mut rng = Rng::new(1);
        let draws: Vec<&str> = (0..20_000).map(|_| vocab.sample(&mut rng)).collect();
        let count = |w: &str| draws.iter().filter(|&&d| d == w).count();
        assert!(count(vocab.word(0)) > 5 * count(vocab.word(20)));
    }
}
