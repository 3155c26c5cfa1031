-- A provider call is recorded before it goes out, not only after it answered: outcome STARTED, with the job's
-- estimated cost, and no finished_at yet. The worker turns it into SUCCEEDED (the receipt, with the actual cost and the
-- stored result) or FAILED (cost 0, settled NONE) when the call returns. A worker that dies mid-call leaves it STARTED:
-- the provider may well have done, and billed, the work, so when the job's lease runs out the sweeper settles it as
-- PRESUMED, charging its estimated cost as the job's discarded_cost. So every call that went out is on the ledger,
-- including those whose answer nobody lived to read (before, they were paid and recorded nowhere).
alter table provider_call alter column finished_at drop not null;
