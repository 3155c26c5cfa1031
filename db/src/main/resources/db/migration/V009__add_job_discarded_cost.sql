-- What provider calls cost whose results were thrown away: a worker that lost its lease (it stalled, and the job was
-- handed to another worker) still paid for the call it finished. Recorded so that spend and usage stay true.
alter table generation_job add column discarded_cost numeric(12, 6);
