-- The office's own ledger or 问题清单 saved into input/ was recorded as a rejected return
-- (status listed it among the files sent back). It is a file of its own kind now.
update input_file set outcome = 'OWN_OUTPUT'
where outcome = 'REJECTED'
  and exists (select 1 from return_finding f where f.sha256 = input_file.sha256 and f.code = 'file.own-output');
