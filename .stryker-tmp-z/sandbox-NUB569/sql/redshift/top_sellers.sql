-- Top 10 sellers by the amount their buyers paid, on the zero-ETL copy in Redshift.
SELECT u.userid, u.firstname, u.lastname, u.city, u.state, SUM(s.pricepaid) AS sales_amount, SUM(s.qtysold) AS tickets_sold
FROM demodb.sales s
JOIN demodb.users u ON u.userid = s.sellerid
GROUP BY u.userid, u.firstname, u.lastname, u.city, u.state
ORDER BY sales_amount DESC, u.userid
LIMIT 10;
