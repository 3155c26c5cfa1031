-- The W3C trace context (traceparent) of the transaction that finished the job and so made its webhook event due, as
-- outbox_message.traceparent (V019) is for messages: the dispatcher's delivered and gave-up log lines name that trace
-- id, so a job's webhook lines are found with the rest of its lines. Null when nothing traced.
alter table webhook_delivery add column traceparent varchar(128);
