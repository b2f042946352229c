-- Which demo-data steps have run (one row per step; later issues add steps). Not tenant data.
create table demo_seed (
    step       varchar(64) primary key,
    seeded_at  timestamptz not null
);
