-- A return's lines are found by their key range (file_no * 10000 .. file_no * 10000 + 9999)
-- instead of an index on the content hash. That index took its entries at random places
-- (a hash is random), so storing ten thousand returns rewrote nearly every page of it
-- between two writes of the database file: the largest single cost of storing a return.
drop index progress_line_file;
