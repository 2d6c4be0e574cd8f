-- Top 10 events by tickets sold, on the Athena master tables (run in the pipeline's Glue database).
SELECT e.eventid, e.eventname, c.catname, SUM(s.qtysold) AS tickets_sold, SUM(s.pricepaid) AS revenue
FROM sales s
JOIN event e ON e.eventid = s.eventid
JOIN category c ON c.catid = e.catid
GROUP BY e.eventid, e.eventname, c.catname
ORDER BY tickets_sold DESC, e.eventid
LIMIT 10
