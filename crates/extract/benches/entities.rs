//! Times entity finding on one hand-written news article (fictional people, firms and
//! places), in bytes of text per second, on one thread.
//!
//! ```text
//! cargo bench -p morgue-extract --bench entities
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use morgue_extract::entities::find_entities;

const TITLE: &str = "Harbour strike spreads as Velsenhaven talks stall";

const BODY: &str = "\
VELSENHAVEN, Norland (Gull Wire) - Dock workers in Velsenhaven extended their strike \
into a third week on Tuesday after talks between the Norland Port Authority and the \
Union of Harbour Workers broke down, officials said.

Transport Minister Aldo Brenner told reporters in Kessingen that the government would \
not intervene. \"We believe both sides can still reach an agreement,\" Brenner said. \
The union's leader, Marit Solberg-Haas, said her members had waited long enough.

Shipping firms including Baltic Freight Lines Ltd. and Orlan Airlines diverted cargo \
to Rostal and to Gdansk in Poland, according to the Velsenhaven Chamber of Commerce. \
Analysts at the Bank of Norland estimate the strike costs the economy about 40 million \
euros a day.

The European Commission in Brussels said it was watching closely. A spokesperson, \
Jean-Luc Moreau, said the U.N. and the International Labour Organization had offered \
to mediate. Solberg-Haas welcomed the offer; Brenner did not comment.

Farther east, Russian and Ukrainian grain shipments through the Black Sea were not \
affected, the Kessingen-based Institute for Maritime Studies said in a note. Its \
director, Dr. Henrik Aalto, said the strike showed how fragile Northern Europe's \
supply chains had become since the Soviet Union collapsed.

PORT OF VELSENHAVEN CLOSED TO CONTAINER SHIPS UNTIL FURTHER NOTICE

Norland's Prime Minister Elise Varga will meet union leaders on Friday at Granholm \
Palace, her office said. Varga said on Monday that the government's patience with \
the union was \"not endless\". Opposition leader Tomas Reinholt of the Green Party \
accused Varga of letting the dispute drift.

Meanwhile, Norland Telecom and Kessingen University postponed a technology fair, \
and the Velsenhaven Marathon was moved to May. Fans of FC Velsenhaven learned that \
Saturday's match against Rostal United would go ahead behind closed doors.
";

fn entities(c: &mut Criterion) {
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes((TITLE.len() + BODY.len()) as u64));
    // Build the gazetteers before timing: a build does this once per process.
    black_box(find_entities(TITLE, BODY));
    group.bench_function("article", |b| {
        b.iter(|| find_entities(black_box(TITLE), black_box(BODY)))
    });
    group.finish();
}

criterion_group!(benches, entities);
criterion_main!(benches);
