-- Revenue per category group and calendar quarter through the date dimension ("date" quoted: it is a type name).
SELECT d.year, d.qtr, c.catgroup, COUNT(*) AS sales, SUM(s.pricepaid) AS revenue
FROM demodb.sales s
JOIN demodb."date" d ON d.dateid = s.dateid
JOIN demodb.event e ON e.eventid = s.eventid
JOIN demodb.category c ON c.catid = e.catid
GROUP BY d.year, d.qtr, c.catgroup
ORDER BY d.year, d.qtr, c.catgroup;
