-- Top 10 events by tickets sold, on the zero-ETL copy in Redshift (connect to the zeroEtlDatabase; demodb is the Aurora dbName).
SELECT e.eventid, e.eventname, c.catname, SUM(s.qtysold) AS tickets_sold, SUM(s.pricepaid) AS revenue
FROM demodb.sales s
JOIN demodb.event e ON e.eventid = s.eventid
JOIN demodb.category c ON c.catid = e.catid
GROUP BY e.eventid, e.eventname, c.catname
ORDER BY tickets_sold DESC, e.eventid
LIMIT 10;
