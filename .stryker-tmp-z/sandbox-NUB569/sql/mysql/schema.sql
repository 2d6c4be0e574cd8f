-- The TICKIT sample schema for Aurora MySQL 3 (MySQL 8.0), applied by the sample-data loader Lambda.
--
-- Why it looks like this:
-- * Every table has a PRIMARY KEY: zero-ETL replicates only tables that have one.
-- * Only types zero-ETL maps to Redshift: INT, SMALLINT, BOOLEAN (TINYINT(1)), DECIMAL(8,2), CHAR,
--   VARCHAR, DATE, DATETIME. DATETIME rather than TIMESTAMP: no session time zone conversion and no 2038 limit.
-- * No FOREIGN KEY constraints (the original TICKIT has none either): the loader replaces one table per
--   transaction, which constraints would forbid; the tests check referential integrity with joins instead.
-- * The table COMMENT marks the tables as the loader's own, so in an existing cluster it reloads only
--   tables it created and refuses to touch a user's non-empty table of the same name.
-- * IF NOT EXISTS: the loader runs on every deploy that changes the data; the schema must apply twice.
-- * The loader connects to the database named by the dbName config key; no database name appears here.
-- * Statements are separated by a semicolon at the end of a line; the loader sends them one at a time.

CREATE TABLE IF NOT EXISTS `users` (
    `userid` INT NOT NULL,
    `username` CHAR(8) NOT NULL,
    `firstname` VARCHAR(30) NOT NULL,
    `lastname` VARCHAR(30) NOT NULL,
    `city` VARCHAR(30) NOT NULL,
    `state` CHAR(2) NOT NULL,
    `email` VARCHAR(100) NOT NULL,
    `phone` CHAR(14) NOT NULL,
    `likesports` BOOLEAN NULL,
    `liketheatre` BOOLEAN NULL,
    `likeconcerts` BOOLEAN NULL,
    `likejazz` BOOLEAN NULL,
    `likeclassical` BOOLEAN NULL,
    `likeopera` BOOLEAN NULL,
    `likerock` BOOLEAN NULL,
    `likevegas` BOOLEAN NULL,
    `likebroadway` BOOLEAN NULL,
    `likemusicals` BOOLEAN NULL,
    PRIMARY KEY (`userid`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'aurora-analytics TICKIT sample';

CREATE TABLE IF NOT EXISTS `venue` (
    `venueid` SMALLINT NOT NULL,
    `venuename` VARCHAR(100) NOT NULL,
    `venuecity` VARCHAR(30) NOT NULL,
    `venuestate` CHAR(2) NOT NULL,
    `venueseats` INT NULL,
    PRIMARY KEY (`venueid`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'aurora-analytics TICKIT sample';

CREATE TABLE IF NOT EXISTS `category` (
    `catid` SMALLINT NOT NULL,
    `catgroup` VARCHAR(10) NOT NULL,
    `catname` VARCHAR(10) NOT NULL,
    `catdesc` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`catid`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'aurora-analytics TICKIT sample';

CREATE TABLE IF NOT EXISTS `date` (
    `dateid` SMALLINT NOT NULL,
    `caldate` DATE NOT NULL,
    `day` CHAR(3) NOT NULL,
    `week` SMALLINT NOT NULL,
    `month` CHAR(5) NOT NULL,
    `qtr` CHAR(5) NOT NULL,
    `year` SMALLINT NOT NULL,
    `holiday` BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (`dateid`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'aurora-analytics TICKIT sample';

CREATE TABLE IF NOT EXISTS `event` (
    `eventid` INT NOT NULL,
    `venueid` SMALLINT NOT NULL,
    `catid` SMALLINT NOT NULL,
    `dateid` SMALLINT NOT NULL,
    `eventname` VARCHAR(200) NOT NULL,
    `starttime` DATETIME NOT NULL,
    PRIMARY KEY (`eventid`),
    KEY `event_starttime` (`starttime`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'aurora-analytics TICKIT sample';

CREATE TABLE IF NOT EXISTS `listing` (
    `listid` INT NOT NULL,
    `sellerid` INT NOT NULL,
    `eventid` INT NOT NULL,
    `dateid` SMALLINT NOT NULL,
    `numtickets` SMALLINT NOT NULL,
    `priceperticket` DECIMAL(8,2) NOT NULL,
    `totalprice` DECIMAL(8,2) NOT NULL,
    `listtime` DATETIME NOT NULL,
    PRIMARY KEY (`listid`),
    KEY `listing_listtime` (`listtime`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'aurora-analytics TICKIT sample';

CREATE TABLE IF NOT EXISTS `sales` (
    `salesid` INT NOT NULL,
    `listid` INT NOT NULL,
    `sellerid` INT NOT NULL,
    `buyerid` INT NOT NULL,
    `eventid` INT NOT NULL,
    `dateid` SMALLINT NOT NULL,
    `qtysold` SMALLINT NOT NULL,
    `pricepaid` DECIMAL(8,2) NOT NULL,
    `commission` DECIMAL(8,2) NOT NULL,
    `saletime` DATETIME NOT NULL,
    PRIMARY KEY (`salesid`),
    KEY `sales_saletime` (`saletime`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COMMENT = 'aurora-analytics TICKIT sample';
