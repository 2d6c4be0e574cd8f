-- Top 10 sellers by the amount their buyers paid, on the Athena master tables (run in the pipeline's Glue database).
SELECT u.userid, u.firstname, u.lastname, u.city, u.state, SUM(s.pricepaid) AS sales_amount, SUM(s.qtysold) AS tickets_sold
FROM sales s
JOIN users u ON u.userid = s.sellerid
GROUP BY u.userid, u.firstname, u.lastname, u.city, u.state
ORDER BY sales_amount DESC, u.userid
LIMIT 10
